package org.muni311.intake.agent.api;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.autoconfigure.security.StaffSignIn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /agent/**} for staff with the AGENT role in the municipality the path names
 * (checked by the filter chain, before any controller runs); anything else under
 * {@code /agent} is refused.
 */
@Configuration(proxyBeanMethods = false)
class AgentSecurity {

	@Bean
	@Order(10)
	SecurityFilterChain agentApi(HttpSecurity http, StaffSignIn signIn, StaffAccess access) throws Exception {
		signIn.applyTo(http.securityMatcher("/agent/**"))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/agent/v1/municipalities/{jurisdiction}/**")
				.access((authentication,
						context) -> new AuthorizationDecision(access.holds(authentication.get(),
								context.getVariables().get("jurisdiction"), StaffRole.AGENT)))
				.anyRequest()
				.denyAll());
		return http.build();
	}

}
