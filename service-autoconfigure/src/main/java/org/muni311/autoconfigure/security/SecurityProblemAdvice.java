package org.muni311.autoconfigure.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place that words a refused sign-in (401, with {@code WWW-Authenticate}) or a
 * refused staff member (403), as {@code application/problem+json}: for what a controller
 * throws (such as {@link StaffAccess}) and, through {@link SecurityProblems}, for what
 * the filter chain refuses before any controller runs. Ordered first, so a service's
 * catch-all exception handler does not turn a refusal into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemAdvice {

	/** Spring Security's message when it says nothing more. */
	private static final String SPRING_DEFAULT = "Access Denied";

	private final boolean bearer;

	SecurityProblemAdvice(boolean bearer) {
		this.bearer = bearer;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthorized(AuthenticationException ex) {
		String detail;
		if (ex instanceof BadCredentialsException) {
			detail = "The user name or password is wrong";
		}
		else if (ex instanceof OAuth2AuthenticationException oauth) {
			String reason = oauth.getError().getDescription();
			detail = "The Bearer token was refused: " + ((reason != null) ? reason : oauth.getError().getErrorCode());
		}
		else {
			detail = signIn();
		}
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + StaffSignIn.REALM + "\"");
		if (this.bearer) {
			String error = (ex instanceof OAuth2AuthenticationException) ? ", error=\"invalid_token\"" : "";
			headers.add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + StaffSignIn.REALM + "\"" + error);
		}
		return problem(HttpStatus.UNAUTHORIZED, detail, headers);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		if (!StaffAccess.isSignedIn(SecurityContextHolder.getContext().getAuthentication())) {
			// thrown by a controller for nobody signed in: signing in may help, so 401
			// rather than 403
			return unauthorized(new InsufficientAuthenticationException(ex.getMessage(), ex));
		}
		String detail;
		if (ex instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof AdminAuthorization.Refusal refusal) {
			detail = refusal.reason();
		}
		else if (ex.getMessage() == null || SPRING_DEFAULT.equals(ex.getMessage())) {
			detail = "Your roles do not allow this";
		}
		else {
			detail = ex.getMessage();
		}
		return problem(HttpStatus.FORBIDDEN, detail, new HttpHeaders());
	}

	private String signIn() {
		return "Sign in as staff of the municipality who may do this, with HTTP Basic"
				+ (this.bearer ? " or a Bearer token" : "");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpHeaders headers) {
		// Spring MVC sets the problem's instance to the request path
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

}
