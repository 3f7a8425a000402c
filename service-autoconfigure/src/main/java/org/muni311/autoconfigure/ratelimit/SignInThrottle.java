package org.muni311.autoconfigure.ratelimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Backs off staff sign-in after wrong passwords, before any password is checked: each
 * refused sign-in (a 401 to HTTP Basic credentials, or the sign-in form sent back with
 * {@code ?error}) takes one call of {@link #PER_USER} for its user name and of
 * {@link #PER_ADDRESS} for its address; when either has none left, sign-in with that name
 * or from that address is a 429 with {@code Retry-After} until the bucket refills (as
 * problem+json for Basic, a page in the page's language for the form). Signing in with
 * the right password takes nothing.
 */
public class SignInThrottle extends OncePerRequestFilter {

	/** Wrong passwords per user name. */
	public static final String PER_USER = "sign-in-user";

	/** Wrong passwords per client address. */
	public static final String PER_ADDRESS = "sign-in-address";

	private final RateLimits limits;

	private final String signInPath;

	private final MessageSource messages;

	private final LocaleResolver locales;

	public SignInThrottle(RateLimits limits, String signInPath, MessageSource messages, LocaleResolver locales) {
		this.limits = limits;
		this.signInPath = signInPath;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String basicUser = basicUser(request);
		boolean form = basicUser == null && "POST".equals(request.getMethod())
				&& this.signInPath.equals(request.getServletPath());
		String user = (basicUser != null) ? basicUser : (form ? request.getParameter("username") : null);
		if (user == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		try {
			this.limits.checkLeft(PER_USER, user.toLowerCase(Locale.ROOT));
			this.limits.checkLeft(PER_ADDRESS, address);
		}
		catch (RateLimitedException ex) {
			refuse(request, response, ex, form);
			return;
		}
		chain.doFilter(request, response);
		boolean refused = form ? isFormError(response) : response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
		if (refused) {
			this.limits.takeIfLeft(PER_USER, user.toLowerCase(Locale.ROOT));
			this.limits.takeIfLeft(PER_ADDRESS, address);
		}
	}

	private static boolean isFormError(HttpServletResponse response) {
		String location = response.getHeader(HttpHeaders.LOCATION);
		return response.getStatus() / 100 == 3 && location != null && location.contains("?error");
	}

	/** The user name of HTTP Basic credentials, or {@code null}. */
	private static String basicUser(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimitedException ex, boolean form)
			throws IOException {
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (!form) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":"
						+ "\"too many wrong passwords for this user name or from this address: try again in "
						+ ex.retryAfterSeconds() + " s\",\"instance\":\""
						+ request.getRequestURI().replace("\\", "").replace("\"", "") + "\"}");
			return;
		}
		Locale locale = (this.locales != null) ? this.locales.resolveLocale(request) : request.getLocale();
		String language = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "fr" : "en";
		Locale page = Locale.forLanguageTag(language);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter()
			.write("<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>"
					+ text("signin.throttled.title", page) + "</title></head><body><main><h1>"
					+ text("signin.throttled.title", page) + "</h1><p>"
					+ text("signin.throttled.text", page, ex.retryAfterSeconds()) + "</p><p><a href=\""
					+ HtmlUtils.htmlEscape(request.getContextPath() + this.signInPath) + "\">"
					+ text("signin.throttled.back", page) + "</a></p></main></body></html>\n");
	}

	private String text(String key, Locale locale, Object... arguments) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, arguments, key, locale));
	}

}
