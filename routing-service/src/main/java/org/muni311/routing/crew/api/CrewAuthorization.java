package org.muni311.routing.crew.api;

import java.util.Set;
import java.util.function.Supplier;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.routing.workqueue.Worker;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets in crews and supervisors of the municipality a path names in its
 * {@value #JURISDICTION} variable: the rule of the crew API and of the crew board, so
 * that both refuse the same people. Inside the municipality, {@link #worker} says which
 * departments' items each may see and change ({@link Worker}).
 */
public final class CrewAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	/** The path variable naming the municipality. */
	public static final String JURISDICTION = "jurisdiction_id";

	/** The roles that work on queues. */
	public static final Set<StaffRole> ROLES = Set.of(StaffRole.CREW, StaffRole.SUPERVISOR);

	/**
	 * Who works on a municipality's queues: its crews and supervisors, and the platform
	 * administrator.
	 */
	private static final StaffRole[] WORKERS = { StaffRole.CREW, StaffRole.SUPERVISOR, StaffRole.PLATFORM_ADMIN };

	private final StaffAccess access;

	public CrewAuthorization(StaffAccess access) {
		this.access = access;
	}

	/**
	 * Whether {@code staff} is a crew member or supervisor of the municipality
	 * {@code jurisdictionId}, or the platform administrator, who reaches every
	 * municipality's queues as its supervisors do.
	 */
	public boolean mayWorkIn(Authentication staff, String jurisdictionId) {
		return this.access.holds(staff, jurisdictionId, WORKERS);
	}

	/**
	 * Whether {@code staff} is a crew member or supervisor anywhere, or the platform's
	 * administrator.
	 */
	public boolean worksOnQueues(Authentication staff) {
		return this.access.holdsAnywhere(staff, WORKERS);
	}

	/** Whether {@code staff} is the platform administrator, who reaches every queue. */
	public boolean reachesEveryMunicipality(Authentication staff) {
		return this.access.isPlatformAdmin(staff);
	}

	/** The municipalities where {@code staff} is a crew member or supervisor. */
	public Set<String> municipalities(Authentication staff) {
		return this.access.municipalities(staff, StaffRole.CREW, StaffRole.SUPERVISOR);
	}

	/**
	 * {@code staff} as a worker on the queues of {@code jurisdictionId}: a supervisor
	 * there works on every department, a crew member on the departments it is bound to
	 * there (none if it was given none).
	 * @throws AccessDeniedException when it is neither there
	 */
	public Worker worker(Authentication staff, String jurisdictionId) {
		this.access.require(staff, jurisdictionId, WORKERS);
		String name = this.access.name(staff);
		if (this.access.holds(staff, jurisdictionId, StaffRole.SUPERVISOR, StaffRole.PLATFORM_ADMIN)) {
			return Worker.everyDepartment(name);
		}
		return Worker.boundTo(name, this.access.departments(staff, jurisdictionId));
	}

	/**
	 * {@code staff} as a supervisor of {@code jurisdictionId}.
	 * @throws AccessDeniedException when it is not one there
	 */
	public Worker supervisor(Authentication staff, String jurisdictionId) {
		Worker worker = worker(staff, jurisdictionId);
		if (!this.access.holds(staff, jurisdictionId, StaffRole.SUPERVISOR, StaffRole.PLATFORM_ADMIN)) {
			throw new AccessDeniedException("Only a supervisor assigns, prioritises or reassigns work");
		}
		return worker;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(mayWorkIn(authentication.get(), context.getVariables().get(JURISDICTION)));
	}

}
