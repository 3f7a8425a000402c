package org.muni311.autoconfigure.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two safeguards on every answer, before any chain or controller: a
 * {@code Content-Security-Policy} (scripts, styles, frames and form targets from the
 * service itself; map tiles from any HTTPS server), and an origin check on the forms
 * residents post without signing in ({@code /m/**}, {@code /unsubscribe/**}): a
 * {@code POST} that a browser says comes from another site ({@code Origin} of another
 * origin, {@code Origin: null}, or {@code Sec-Fetch-Site: cross-site}) is refused with a
 * 403 page saying why, in English and French. It needs no token and no JavaScript: every
 * browser sends {@code Origin} with a form post. A client that sends neither header (an
 * app, curl) is no browser riding on a resident's visit and passes.
 */
final class PageSafety extends OncePerRequestFilter {

	/**
	 * The policy unless {@code muni311.security.content-security-policy} says otherwise.
	 */
	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob: https:; connect-src 'self'; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final String policy;

	private final List<String> formPaths;

	private final List<String> trustedOrigins;

	PageSafety(String policy, List<String> formPaths, List<String> trustedOrigins) {
		this.policy = policy;
		this.formPaths = List.copyOf(formPaths);
		this.trustedOrigins = trustedOrigins.stream().map(PageSafety::normalise).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.policy.isBlank()) {
			response.setHeader("Content-Security-Policy", this.policy);
		}
		if (HttpMethod.POST.matches(request.getMethod()) && isForm(request) && crossSite(request)) {
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isForm(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.formPaths.stream().anyMatch((pattern) -> PATHS.match(pattern, path));
	}

	private boolean crossSite(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin != null) {
			String named = normalise(origin);
			return !named.equals(own(request)) && !this.trustedOrigins.contains(named);
		}
		return "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
	}

	/**
	 * This service's origin as the browser sees it (behind a proxy: its forwarded one).
	 */
	private static String own(HttpServletRequest request) {
		return normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
	}

	/** {@code scheme://host[:port]}, lower case, without the scheme's default port. */
	static String normalise(String origin) {
		try {
			URI uri = URI.create(origin.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return "null";
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			boolean standard = port == -1 || ("http".equals(scheme) && port == 80)
					|| ("https".equals(scheme) && port == 443);
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
		}
		catch (IllegalArgumentException ex) {
			return "null";
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("text/html;charset=UTF-8");
		String back = request.getRequestURI().replace("\"", "%22").replace("<", "%3C");
		String page = """
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Form refused — Formulaire refusé</title></head>
				<body>
				<main id="main">
				<h1>This form was sent from another website</h1>
				<p>For your safety, forms on this site are accepted only when sent from its own pages. Nothing was
				filed. <a href="%1$s">Open the form here</a> and send it again.</p>
				<h1 lang="fr">Ce formulaire a été envoyé depuis un autre site</h1>
				<p lang="fr">Pour votre sécurité, ce site n’accepte que les formulaires envoyés depuis ses propres
				pages. Rien n’a été enregistré. <a href="%1$s">Ouvrez le formulaire ici</a> et envoyez-le de
				nouveau.</p>
				</main>
				</body>
				</html>
				""".formatted(back);
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

}
