package org.muni311.notification.deliverylog;

import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.autoconfigure.security.StaffSecurityAutoConfiguration;
import org.muni311.autoconfigure.security.StaffSignIn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff sign-in on {@code /agent/**}, asked before the shared staff chain (which leaves
 * every path but {@code /admin/**} open). The role is checked here; the municipality in
 * the controller.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryLogSecurity {

	@Bean
	@Order(StaffSecurityAutoConfiguration.STAFF_CHAIN_ORDER - 10)
	SecurityFilterChain agentApi(HttpSecurity http, StaffSignIn signIn) {
		signIn.applyTo(http.securityMatcher("/agent/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.hasAnyRole(StaffRole.AGENT.name(), StaffRole.SUPERVISOR.name(), StaffRole.MUNICIPALITY_ADMIN.name(),
						StaffRole.PLATFORM_ADMIN.name()));
		return http.build();
	}

}
