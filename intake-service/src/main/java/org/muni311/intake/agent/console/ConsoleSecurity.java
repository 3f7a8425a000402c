package org.muni311.intake.agent.console;

import jakarta.servlet.DispatcherType;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.autoconfigure.web.StaffPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The console's pages for staff with the AGENT role, signed in with the form and a
 * session; pages under {@code /console/{jurisdiction}} only in a municipality the agent
 * serves (checked by the chain, before any controller). Supervisors and administrators
 * are not agents here, as on the agent API. A refusal shows the console's own 403 page; a
 * visitor not signed in is sent to {@code /sign-in} and brought back after.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	/** The page a refused agent is shown. */
	static final String REFUSED = "/console/refused";

	@Bean
	@Order(5)
	SecurityFilterChain consolePages(HttpSecurity http, StaffPages pages, StaffAccess access) throws Exception {
		pages.applyTo(http, "/console", "/console/**")
			.exceptionHandling((exceptions) -> exceptions.accessDeniedPage(REFUSED))
			.authorizeHttpRequests(
					(requests) -> requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
						.permitAll()
						.requestMatchers("/sign-in", "/sign-out")
						.permitAll()
						.requestMatchers(REFUSED)
						.authenticated()
						.requestMatchers("/console")
						.access((authentication, context) -> new AuthorizationDecision(
								access.holdsAnywhere(authentication.get(), StaffRole.AGENT)))
						.requestMatchers("/console/{jurisdiction}", "/console/{jurisdiction}/**")
						.access((authentication,
								context) -> new AuthorizationDecision(access.holds(authentication.get(),
										context.getVariables().get("jurisdiction"), StaffRole.AGENT)))
						.anyRequest()
						.denyAll());
		return http.build();
	}

}
