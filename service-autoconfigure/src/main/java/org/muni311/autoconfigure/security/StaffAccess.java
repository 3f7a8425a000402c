package org.muni311.autoconfigure.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the signed-in staff member may do, read from its authorities (see
 * {@link StaffAuthorities}), the same for local and JWT users. Every question names the
 * municipality with the roles: a role held in one municipality says nothing about
 * another. Take the {@link Authentication} as a controller method parameter.
 *
 * <p>
 * The filter chain already refuses {@code /admin/v1/municipalities/{jurisdiction_id}/**}
 * to all but administrators of that municipality. Call {@link #require} where the
 * municipality comes from elsewhere (a request body, a stored record), and {@link #holds}
 * or {@link #municipalities} to filter lists. The {@link AccessDeniedException} it throws
 * answers 403 as {@code application/problem+json} from any controller.
 */
public class StaffAccess {

	/** The roles that administer a municipality. */
	private static final StaffRole[] ADMINISTRATORS = { StaffRole.PLATFORM_ADMIN, StaffRole.MUNICIPALITY_ADMIN };

	/** Whether the staff member may administer every municipality. */
	public boolean isPlatformAdmin(Authentication authentication) {
		return authorities(authentication).contains(StaffAuthorities.platformAdmin().getAuthority());
	}

	/**
	 * Whether the staff member holds one of {@code roles} in the municipality
	 * {@code jurisdictionId}; {@link StaffRole#PLATFORM_ADMIN} among them lets the
	 * platform administrator in everywhere.
	 */
	public boolean holds(Authentication authentication, String jurisdictionId, StaffRole... roles) {
		if (jurisdictionId == null) {
			return false;
		}
		Set<String> authorities = authorities(authentication);
		for (StaffRole role : roles) {
			String authority = (role == StaffRole.PLATFORM_ADMIN) ? StaffAuthorities.platformAdmin().getAuthority()
					: StaffAuthorities.role(role, jurisdictionId).getAuthority();
			if (authorities.contains(authority)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the staff member holds one of {@code roles} in some municipality. */
	public boolean holdsAnywhere(Authentication authentication, StaffRole... roles) {
		List<StaffRole> wanted = Arrays.asList(roles);
		return (wanted.contains(StaffRole.PLATFORM_ADMIN) && isPlatformAdmin(authentication))
				|| !municipalities(authentication, roles).isEmpty();
	}

	/**
	 * Whether the staff member administers the municipality {@code jurisdictionId}: a
	 * platform administrator, or a municipality administrator there.
	 */
	public boolean mayAdminister(Authentication authentication, String jurisdictionId) {
		return holds(authentication, jurisdictionId, ADMINISTRATORS);
	}

	/**
	 * Whether the staff member is the platform administrator or administers some
	 * municipality.
	 */
	public boolean isAdmin(Authentication authentication) {
		return holdsAnywhere(authentication, ADMINISTRATORS);
	}

	/**
	 * The roles the staff member holds in {@code jurisdictionId}
	 * ({@link StaffRole#PLATFORM_ADMIN} included for the platform administrator).
	 */
	public Set<StaffRole> roles(Authentication authentication, String jurisdictionId) {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		for (StaffRole role : StaffRole.values()) {
			if (holds(authentication, jurisdictionId, role)) {
				roles.add(role);
			}
		}
		return roles;
	}

	/**
	 * The jurisdiction ids where the staff member holds one of {@code roles}, sorted. The
	 * platform administrator works in others too: ask {@link #holds} before filtering
	 * with this.
	 */
	public Set<String> municipalities(Authentication authentication, StaffRole... roles) {
		Set<String> municipalities = new TreeSet<>();
		for (String authority : authorities(authentication)) {
			for (StaffRole role : roles) {
				String prefix = role.name() + StaffAuthorities.IN;
				if (role != StaffRole.PLATFORM_ADMIN && authority.startsWith(prefix)) {
					municipalities.add(authority.substring(prefix.length()));
				}
			}
		}
		return municipalities;
	}

	/**
	 * The departments of {@code jurisdictionId} the staff member works for, sorted (what
	 * binds a {@link StaffRole#CREW} member).
	 */
	public Set<String> departments(Authentication authentication, String jurisdictionId) {
		Set<String> departments = new TreeSet<>();
		String suffix = StaffAuthorities.IN + jurisdictionId;
		for (String authority : authorities(authentication)) {
			if (authority.startsWith(StaffAuthorities.DEPARTMENT_PREFIX) && authority.endsWith(suffix)) {
				departments.add(authority.substring(StaffAuthorities.DEPARTMENT_PREFIX.length(),
						authority.length() - suffix.length()));
			}
		}
		return departments;
	}

	/**
	 * Refuses a staff member who holds none of {@code roles} in the municipality
	 * {@code jurisdictionId}.
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 * (answers 401)
	 * @throws AccessDeniedException when the staff member does not hold one of them there
	 * (answers 403)
	 */
	public void require(Authentication authentication, String jurisdictionId, StaffRole... roles) {
		if (!isSignedIn(authentication)) {
			throw new AuthenticationCredentialsNotFoundException("Sign in to work on " + jurisdictionId);
		}
		if (!holds(authentication, jurisdictionId, roles)) {
			throw new AccessDeniedException(refusal(authentication, jurisdictionId, roles));
		}
	}

	/**
	 * Refuses a staff member who does not administer {@code jurisdictionId}; see
	 * {@link #require}.
	 */
	public void requireAdministrator(Authentication authentication, String jurisdictionId) {
		if (isSignedIn(authentication) && !mayAdminister(authentication, jurisdictionId)) {
			throw new AccessDeniedException(adminRefusal(authentication, jurisdictionId));
		}
		require(authentication, jurisdictionId, ADMINISTRATORS);
	}

	/** Why the staff member may not administer {@code jurisdictionId}. */
	String adminRefusal(Authentication authentication, String jurisdictionId) {
		Set<String> own = municipalities(authentication, StaffRole.MUNICIPALITY_ADMIN);
		String mine = own.isEmpty() ? "no municipality" : String.join(", ", own);
		return "You administer " + mine + ", not " + jurisdictionId;
	}

	/**
	 * Who is signed in, for audit fields such as "changed by": the user name, or the
	 * JWT's name claim.
	 */
	public String name(Authentication authentication) {
		if (!isSignedIn(authentication)) {
			throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
		}
		return authentication.getName();
	}

	/**
	 * Why the staff member may not do what needs one of {@code roles} in
	 * {@code jurisdictionId}.
	 */
	public String refusal(Authentication authentication, String jurisdictionId, StaffRole... roles) {
		Set<StaffRole> held = roles(authentication, jurisdictionId);
		List<String> wanted = Arrays.stream(roles).map(StaffRole::name).toList();
		String mine = held.isEmpty() ? "no role" : String.join(", ", held.stream().map(StaffRole::name).toList());
		return "You hold " + mine + " in " + jurisdictionId + "; this needs " + String.join(" or ", wanted) + " there";
	}

	static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static Set<String> authorities(Authentication authentication) {
		Set<String> authorities = new TreeSet<>();
		if (isSignedIn(authentication)) {
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				if (authority.getAuthority() != null) {
					authorities.add(authority.getAuthority());
				}
			}
		}
		return authorities;
	}

}
