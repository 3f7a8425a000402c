package org.muni311.autoconfigure.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a staff member may do. A role holds in the municipalities the staff member is
 * given (see {@link StaffAuthorities#municipality(String)}), except
 * {@link #PLATFORM_ADMIN}, which holds in every one. Spring Security sees each role as
 * the authority {@code ROLE_<name>}, so {@code hasRole("CREW")} works as usual.
 */
public enum StaffRole {

	/** Runs the platform: configures any municipality, its catalogue, areas and staff. */
	PLATFORM_ADMIN,

	/** Administers its own municipalities: catalogue, departments, areas, staff. */
	MUNICIPALITY_ADMIN,

	/** Leads crews of its municipalities: assigns and reassigns work. */
	SUPERVISOR,

	/** Call-centre agent: files and updates requests for residents who phone in. */
	AGENT,

	/** Field crew: sees and closes the work items given to it. */
	CREW;

	/** The Spring Security authority for this role, {@code ROLE_<name>}. */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority(StaffAuthorities.ROLE_PREFIX + name());
	}

}
