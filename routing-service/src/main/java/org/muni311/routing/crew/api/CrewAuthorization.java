package org.muni311.routing.crew.api;

import java.util.Set;
import java.util.function.Supplier;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets in crews and supervisors of the municipality a path names in its
 * {@value #JURISDICTION} variable: the rule of the crew API and of the crew board, so
 * that both refuse the same people.
 */
public final class CrewAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	/** The path variable naming the municipality. */
	public static final String JURISDICTION = "jurisdiction_id";

	/** The roles that work on queues. */
	public static final Set<StaffRole> ROLES = Set.of(StaffRole.CREW, StaffRole.SUPERVISOR);

	private final StaffAccess access;

	public CrewAuthorization(StaffAccess access) {
		this.access = access;
	}

	/**
	 * Whether {@code staff} is a crew member or supervisor of the municipality
	 * {@code jurisdictionId}.
	 */
	public boolean mayWorkIn(Authentication staff, String jurisdictionId) {
		return worksOnQueues(staff) && jurisdictionId != null && this.access.mayAccess(staff, jurisdictionId);
	}

	/** Whether {@code staff} is a crew member or supervisor anywhere. */
	public boolean worksOnQueues(Authentication staff) {
		return this.access.roles(staff).stream().anyMatch(ROLES::contains);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(mayWorkIn(authentication.get(), context.getVariables().get(JURISDICTION)));
	}

}
