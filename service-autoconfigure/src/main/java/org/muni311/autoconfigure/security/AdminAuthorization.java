package org.muni311.autoconfigure.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets platform and municipality administrators into {@code /admin/**}, and into a path
 * with a {@value #JURISDICTION} variable only the platform administrator and the
 * administrators of that municipality (a role held in another municipality does not
 * count). The filter chain checks this before any controller runs, so an admin endpoint
 * that forgets to call {@link StaffAccess} is still guarded.
 */
final class AdminAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	/** The path variable naming the municipality an admin path works on. */
	static final String JURISDICTION = "jurisdiction_id";

	private final StaffAccess access;

	AdminAuthorization(StaffAccess access) {
		this.access = access;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication staff = authentication.get();
		if (!this.access.isAdmin(staff)) {
			// nobody signed in never reads this: Spring Security answers 401 to an
			// anonymous refusal
			String who = StaffAccess.isSignedIn(staff) ? staff.getName() : "Nobody signed in";
			return new Refusal(who + " is not a platform or municipality administrator; sign in as one");
		}
		String jurisdictionId = context.getVariables().get(JURISDICTION);
		if (jurisdictionId != null && !this.access.mayAdminister(staff, jurisdictionId)) {
			return new Refusal(this.access.adminRefusal(staff, jurisdictionId));
		}
		return new AuthorizationDecision(true);
	}

	/** A refusal that says why, shown as the 403 answer's detail. */
	static final class Refusal extends AuthorizationDecision {

		private final String reason;

		Refusal(String reason) {
			super(false);
			this.reason = reason;
		}

		String reason() {
			return this.reason;
		}

	}

}
