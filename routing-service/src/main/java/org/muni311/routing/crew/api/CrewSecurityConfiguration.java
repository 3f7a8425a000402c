package org.muni311.routing.crew.api;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffSecurityAutoConfiguration;
import org.muni311.autoconfigure.security.StaffSignIn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Signs staff in to {@code /crew/**}: crews and supervisors, each only into the
 * municipalities they were given. Checked before any controller runs, so an endpoint that
 * forgot its own check is still guarded. Asked before the shared staff chain, which takes
 * every path.
 */
@Configuration(proxyBeanMethods = false)
class CrewSecurityConfiguration {

	@Bean
	@Order(StaffSecurityAutoConfiguration.STAFF_CHAIN_ORDER - 10)
	SecurityFilterChain crewApi(HttpSecurity http, StaffSignIn signIn, StaffAccess access) throws Exception {
		signIn.applyTo(http.securityMatcher("/crew/**"))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/crew/v1/municipalities/{" + CrewAuthorization.JURISDICTION + "}/**")
				.access(new CrewAuthorization(access))
				.anyRequest()
				.denyAll());
		return http.build();
	}

}
