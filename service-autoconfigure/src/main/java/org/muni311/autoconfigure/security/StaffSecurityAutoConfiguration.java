package org.muni311.autoconfigure.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Staff sign-in for every service: {@code /admin/**} for platform and municipality
 * administrators, every other path open as before (Open311 checks its API keys itself;
 * actuator, {@code /v3/api-docs}, {@code /swagger-ui} stay open). Runs before Boot's
 * security auto-configurations so that theirs back off: no default chain, no generated
 * password. A service replaces the staff chain with a bean named
 * {@code staffSecurityFilterChain}, and adds chains for other paths with
 * {@link StaffSignIn}.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
		ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, HandlerExceptionResolver.class })
@EnableConfigurationProperties(StaffSecurityProperties.class)
public class StaffSecurityAutoConfiguration {

	/**
	 * The staff chain's order, Boot's own for its default chain: it takes every path, so
	 * a chain for some paths only ({@code securityMatcher}) needs a lower order to be
	 * asked first.
	 */
	public static final int STAFF_CHAIN_ORDER = SecurityFilterProperties.BASIC_AUTH_ORDER;

	@Bean
	@ConditionalOnMissingBean
	StaffAccess staffAccess() {
		return new StaffAccess();
	}

	@Bean
	@ConditionalOnMissingBean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@ConditionalOnMissingBean
	StaffDirectory staffDirectory() {
		return new StaffDirectory();
	}

	/**
	 * The users configured for this service ({@code muni311.security.users}) first, then
	 * the staff accounts the clerk's room owns ({@link StaffDirectory}). Defined even
	 * when both are empty: then nobody signs in with a password, and Boot generates none.
	 */
	@Bean
	@ConditionalOnMissingBean
	UserDetailsService staffUsers(StaffSecurityProperties properties, StaffDirectory directory) {
		InMemoryUserDetailsManager configured = new InMemoryUserDetailsManager();
		for (StaffSecurityProperties.LocalUser user : properties.users()) {
			configured.createUser(User.withUsername(user.username())
				.password(user.password())
				.authorities(StaffAuthorities.of(user))
				.build());
		}
		return (username) -> configured.userExists(username) ? configured.loadUserByUsername(username)
				: directory.find(username)
					.orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
	}

	@Bean
	@ConditionalOnMissingBean
	StaffSignIn staffSignIn(ObjectProvider<JwtDecoder> jwtDecoder, StaffSecurityProperties properties,
			@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> resolver) {
		return new StaffSignIn(StaffJwtAudience.checking(jwtDecoder.getIfAvailable(), properties.jwt().audience()),
				new StaffJwtConverter(properties.jwt()), new SecurityProblems(resolver));
	}

	/**
	 * The page safeguards ({@link PageSafety}), first of all filters, so that even a
	 * refusal of Spring Security carries the policy.
	 */
	@Bean
	@ConditionalOnMissingBean(name = "pageSafety")
	FilterRegistrationBean<PageSafety> pageSafety(StaffSecurityProperties properties) {
		FilterRegistrationBean<PageSafety> registration = new FilterRegistrationBean<>(new PageSafety(
				properties.contentSecurityPolicy(), properties.formPaths(), properties.trustedOrigins()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	SecurityProblemAdvice securityProblemAdvice(ObjectProvider<JwtDecoder> jwtDecoder) {
		return new SecurityProblemAdvice(jwtDecoder.getIfAvailable() != null);
	}

	@Bean
	@Order(STAFF_CHAIN_ORDER)
	@ConditionalOnMissingBean(name = "staffSecurityFilterChain")
	SecurityFilterChain staffSecurityFilterChain(HttpSecurity http, StaffSignIn signIn, StaffAccess access)
			throws Exception {
		AdminAuthorization admins = new AdminAuthorization(access);
		signIn.applyTo(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/admin/v1/municipalities/{" + AdminAuthorization.JURISDICTION + "}/**")
				.access(admins)
				.requestMatchers("/admin/**")
				.access(admins)
				.anyRequest()
				.permitAll());
		return http.build();
	}

}
