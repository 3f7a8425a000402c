package org.muni311.autoconfigure.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * How a staff member's roles and municipalities are written as Spring Security
 * authorities: {@code ROLE_<role>} and {@code MUNICIPALITY_<jurisdiction_id>}. Plain
 * string authorities, so that local users, JWT users and test users
 * ({@code @WithMockUser(authorities = ...)}) all look the same to {@link StaffAccess}.
 */
public final class StaffAuthorities {

	/** Spring Security's prefix for roles. */
	public static final String ROLE_PREFIX = "ROLE_";

	/** The prefix of an authority naming a municipality the staff member works for. */
	public static final String MUNICIPALITY_PREFIX = "MUNICIPALITY_";

	private StaffAuthorities() {
	}

	/**
	 * The authority saying the staff member works for the municipality
	 * {@code jurisdictionId}.
	 */
	public static GrantedAuthority municipality(String jurisdictionId) {
		return new SimpleGrantedAuthority(MUNICIPALITY_PREFIX + jurisdictionId);
	}

	/** The authorities of a staff member with these roles in these municipalities. */
	public static List<GrantedAuthority> of(Collection<StaffRole> roles, Collection<String> municipalities) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach((role) -> authorities.add(role.authority()));
		municipalities.forEach((jurisdictionId) -> authorities.add(municipality(jurisdictionId)));
		return authorities;
	}

}
