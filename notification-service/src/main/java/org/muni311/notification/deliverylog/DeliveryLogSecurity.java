package org.muni311.notification.deliverylog;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffSecurityAutoConfiguration;
import org.muni311.autoconfigure.security.StaffSignIn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff sign-in on {@code /agent/**}, asked before the shared staff chain (which leaves
 * every path but {@code /admin/**} open): agents, supervisors and administrators of the
 * municipality the path names (checked here and again in the controller); anything else
 * under {@code /agent} is refused.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryLogSecurity {

	@Bean
	@Order(StaffSecurityAutoConfiguration.STAFF_CHAIN_ORDER - 10)
	SecurityFilterChain agentApi(HttpSecurity http, StaffSignIn signIn, StaffAccess access) {
		signIn.applyTo(http.securityMatcher("/agent/**"))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/agent/v1/municipalities/{jurisdiction}/**")
				.access((authentication,
						context) -> new AuthorizationDecision(access.holds(authentication.get(),
								context.getVariables().get("jurisdiction"), DeliveryLogController.READERS)))
				.anyRequest()
				.denyAll());
		return http.build();
	}

}
