package org.muni311.autoconfigure.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers what the filter chain refuses (no or wrong credentials, a staff member without
 * the role or the municipality) through Spring MVC's exception handling, so that
 * {@link SecurityProblemAdvice} words it exactly as it words the same refusal thrown by a
 * controller.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	// looked up on first use, not injected: MVC's resolver collects every controller
	// advice, and taking it while
	// the filter chain is built would build MVC that early too
	private final ObjectProvider<HandlerExceptionResolver> resolver;

	SecurityProblems(ObjectProvider<HandlerExceptionResolver> resolver) {
		this.resolver = resolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		answer(request, response, ex, HttpServletResponse.SC_UNAUTHORIZED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		answer(request, response, ex, HttpServletResponse.SC_FORBIDDEN);
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, RuntimeException ex, int status)
			throws IOException {
		if (this.resolver.getObject().resolveException(request, response, null, ex) == null) {
			// no handler took it (a service replaced the advice without covering this):
			// still no HTML page
			response.sendError(status);
		}
	}

}
