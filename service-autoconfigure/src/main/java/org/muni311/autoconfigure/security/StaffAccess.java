package org.muni311.autoconfigure.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the signed-in staff member may reach, read from its authorities (see
 * {@link StaffAuthorities}), the same for local and JWT users. Take the
 * {@link Authentication} as a controller method parameter.
 *
 * <p>
 * The filter chain already refuses {@code /admin/v1/municipalities/{jurisdiction_id}/**}
 * to staff of other municipalities. Call {@link #requireMunicipality} where the
 * municipality comes from elsewhere (a request body, a stored record), and
 * {@link #mayAccess} or {@link #municipalities} to filter lists. The
 * {@link AccessDeniedException} it throws answers 403 as {@code application/problem+json}
 * from any controller.
 */
public class StaffAccess {

	/** Whether the staff member may work in every municipality. */
	public boolean isPlatformAdmin(Authentication authentication) {
		return roles(authentication).contains(StaffRole.PLATFORM_ADMIN);
	}

	/**
	 * Whether the staff member is a platform administrator or a municipality
	 * administrator.
	 */
	public boolean isAdmin(Authentication authentication) {
		Set<StaffRole> roles = roles(authentication);
		return roles.contains(StaffRole.PLATFORM_ADMIN) || roles.contains(StaffRole.MUNICIPALITY_ADMIN);
	}

	/** The staff member's roles; none for nobody signed in. */
	public Set<StaffRole> roles(Authentication authentication) {
		Set<String> authorities = authorities(authentication);
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		for (StaffRole role : StaffRole.values()) {
			if (authorities.contains(role.authority().getAuthority())) {
				roles.add(role);
			}
		}
		return roles;
	}

	/**
	 * The jurisdiction ids the staff member was given, sorted. A platform administrator
	 * may work in others too: ask {@link #isPlatformAdmin} or {@link #mayAccess} before
	 * filtering with this.
	 */
	public Set<String> municipalities(Authentication authentication) {
		Set<String> municipalities = new TreeSet<>();
		for (String authority : authorities(authentication)) {
			if (authority.startsWith(StaffAuthorities.MUNICIPALITY_PREFIX)) {
				municipalities.add(authority.substring(StaffAuthorities.MUNICIPALITY_PREFIX.length()));
			}
		}
		return municipalities;
	}

	/** Whether the staff member may work in the municipality {@code jurisdictionId}. */
	public boolean mayAccess(Authentication authentication, String jurisdictionId) {
		return isPlatformAdmin(authentication) || municipalities(authentication).contains(jurisdictionId);
	}

	/**
	 * Refuses a staff member who may not work in the municipality {@code jurisdictionId}.
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 * (answers 401)
	 * @throws AccessDeniedException when the staff member works elsewhere (answers 403)
	 */
	public void requireMunicipality(Authentication authentication, String jurisdictionId) {
		if (!isSignedIn(authentication)) {
			throw new AuthenticationCredentialsNotFoundException("Sign in to work on " + jurisdictionId);
		}
		if (!mayAccess(authentication, jurisdictionId)) {
			throw new AccessDeniedException(refusal(authentication, jurisdictionId));
		}
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

	String refusal(Authentication authentication, String jurisdictionId) {
		Set<String> own = municipalities(authentication);
		String mine = own.isEmpty() ? "no municipality" : String.join(", ", own);
		return "You administer " + mine + ", not " + jurisdictionId;
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
