package org.muni311.routing.crew;

import java.util.Set;
import java.util.function.Supplier;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.autoconfigure.security.StaffSecurityAutoConfiguration;
import org.muni311.autoconfigure.security.StaffSignIn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Signs staff in to {@code /crew/**}: crews and supervisors, each only into the municipalities they were given.
 * Checked before any controller runs, so an endpoint that forgot its own check is still guarded. Asked before the
 * shared staff chain, which takes every path.
 */
@Configuration(proxyBeanMethods = false)
class CrewSecurityConfiguration {

	/** The path variable naming the municipality. */
	static final String JURISDICTION = "jurisdiction_id";

	@Bean
	@Order(StaffSecurityAutoConfiguration.STAFF_CHAIN_ORDER - 10)
	SecurityFilterChain crewApi(HttpSecurity http, StaffSignIn signIn, StaffAccess access) throws Exception {
		signIn.applyTo(http.securityMatcher("/crew/**"))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/crew/v1/municipalities/{" + JURISDICTION + "}/**")
				.access(new CrewAuthorization(access))
				.anyRequest()
				.denyAll());
		return http.build();
	}

	/** Crews and supervisors, of the municipality the path names. */
	static final class CrewAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

		private static final Set<StaffRole> ROLES = Set.of(StaffRole.CREW, StaffRole.SUPERVISOR);

		private final StaffAccess access;

		CrewAuthorization(StaffAccess access) {
			this.access = access;
		}

		@Override
		public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
				RequestAuthorizationContext context) {
			Authentication staff = authentication.get();
			boolean crewOrSupervisor = this.access.roles(staff).stream().anyMatch(ROLES::contains);
			String jurisdictionId = context.getVariables().get(JURISDICTION);
			return new AuthorizationDecision(
					crewOrSupervisor && jurisdictionId != null && this.access.mayAccess(staff, jurisdictionId));
		}

	}

}
