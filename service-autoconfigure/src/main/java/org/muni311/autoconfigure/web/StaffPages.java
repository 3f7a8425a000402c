package org.muni311.autoconfigure.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How staff sign in to web pages: a form at {@code /sign-in} (a page of the service, in
 * both languages), a session cookie, CSRF tokens on every form (Thymeleaf adds them to
 * {@code th:action} forms), sign-out at {@code /sign-out}. A service's page chain applies
 * it to its paths at an order before the staff API chain, and adds its own
 * {@code authorizeHttpRequests}:
 *
 * <pre class="code">
 * &#64;Bean
 * &#64;Order(5)
 * SecurityFilterChain crewBoard(HttpSecurity http, StaffPages pages) {
 *     pages.applyTo(http, "/board/**")
 *         .authorizeHttpRequests((requests) -&gt; requests
 *             .requestMatchers(StaffPages.SIGN_IN, StaffPages.SIGN_OUT).permitAll()
 *             .requestMatchers("/board/**").hasRole("CREW")
 *             .anyRequest().denyAll());
 *     return http.build();
 * }
 * </pre>
 *
 * The sign-in and sign-out paths must be permitted by the chain itself: form login's own
 * {@code permitAll} matches the page only without a query string, so
 * {@code /sign-in?lang=fr} would be refused. The same local users and roles as the APIs
 * ({@code muni311.security.users}); a service has one page chain, since {@code /sign-in}
 * belongs to it.
 */
public class StaffPages {

	/** The sign-in page and the form's target. */
	public static final String SIGN_IN = "/sign-in";

	public static final String SIGN_OUT = "/sign-out";

	/**
	 * Applies page sign-in to {@code http} for {@code paths} (and the sign-in and
	 * sign-out paths) and returns it.
	 */
	public HttpSecurity applyTo(HttpSecurity http, String... paths) {
		String[] matched = new String[paths.length + 2];
		System.arraycopy(paths, 0, matched, 0, paths.length);
		matched[paths.length] = SIGN_IN;
		matched[paths.length + 1] = SIGN_OUT;
		http.securityMatcher(matched)
			.formLogin((form) -> form.loginPage(SIGN_IN).failureUrl(SIGN_IN + "?error").permitAll())
			.logout((logout) -> logout.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?logout").permitAll())
			.headers((headers) -> headers.frameOptions((frames) -> frames.deny()));
		return http;
	}

}
