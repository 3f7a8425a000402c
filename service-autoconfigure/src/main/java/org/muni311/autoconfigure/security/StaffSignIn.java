package org.muni311.autoconfigure.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * How staff sign in to an API path, applied to a filter chain: HTTP Basic against the
 * local users, Bearer JWTs when a {@link JwtDecoder} is configured, no session, and
 * 401/403 answers as {@code application/problem+json}. The chain adds its own
 * {@code authorizeHttpRequests}. A service adding a chain for other paths uses it like
 * this, at an order before {@link StaffSecurityAutoConfiguration#STAFF_CHAIN_ORDER} (the
 * staff chain takes every path):
 *
 * <pre class="code">
 * &#64;Bean
 * &#64;Order(1)
 * SecurityFilterChain crewApi(HttpSecurity http, StaffSignIn signIn) {
 *     signIn.applyTo(http.securityMatcher("/crew/**"))
 *         .authorizeHttpRequests((requests) -&gt; requests.anyRequest().hasRole(StaffRole.CREW.name()));
 *     return http.build();
 * }
 * </pre>
 *
 * Web pages with form login need sessions and CSRF protection: such a chain configures
 * those itself instead.
 */
public class StaffSignIn {

	/** The realm named in {@code WWW-Authenticate} challenges. */
	public static final String REALM = "Muni311";

	private final JwtDecoder jwtDecoder;

	private final StaffJwtConverter jwtConverter;

	private final SecurityProblems problems;

	StaffSignIn(JwtDecoder jwtDecoder, StaffJwtConverter jwtConverter, SecurityProblems problems) {
		this.jwtDecoder = jwtDecoder;
		this.jwtConverter = jwtConverter;
		this.problems = problems;
	}

	/** Whether Bearer JWTs are accepted (a {@link JwtDecoder} is configured). */
	public boolean acceptsJwt() {
		return this.jwtDecoder != null;
	}

	/** Applies staff sign-in to {@code http} and returns it. */
	public HttpSecurity applyTo(HttpSecurity http) {
		http.httpBasic((basic) -> basic.realmName(REALM).authenticationEntryPoint(this.problems))
			// stateless: every request carries its credentials in a header, none in a
			// cookie
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no cookie, so no cross-site request can ride on one; see the package
			// documentation for Basic
			.csrf(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.problems)
				.accessDeniedHandler(this.problems));
		if (this.jwtDecoder != null) {
			http.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.decoder(this.jwtDecoder).jwtAuthenticationConverter(this.jwtConverter))
				.authenticationEntryPoint(this.problems)
				.accessDeniedHandler(this.problems));
		}
		return http;
	}

}
