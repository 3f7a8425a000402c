package org.muni311.intake.open311;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Real Open311 clients join a base URL ending in {@code /} with a path starting with one,
 * and call {@code /open311/v2//services.json}. This filter folds repeated slashes of
 * Open311 paths into one before anything else sees the path (the security firewall would
 * refuse it, the handler mapping would not find it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DoubleSlashes extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !uri.contains("//") || !uri.replaceAll("/{2,}", "/").startsWith(Open311Paths.BASE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI().replaceAll("/{2,}", "/");
		String servletPath = request.getServletPath().replaceAll("/{2,}", "/");
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getRequestURI() {
				return uri;
			}

			@Override
			public String getServletPath() {
				return servletPath;
			}

			@Override
			public StringBuffer getRequestURL() {
				return new StringBuffer(super.getRequestURL().toString().replace(request.getRequestURI(), uri));
			}

		}, response);
	}

}
