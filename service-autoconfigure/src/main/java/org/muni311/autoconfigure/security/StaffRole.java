package org.muni311.autoconfigure.security;

/**
 * What a staff member may do. Each role is held in a municipality (see
 * {@link StaffAuthorities#role}), except {@link #PLATFORM_ADMIN}, which holds in every
 * one. Ask {@link StaffAccess#holds} for a role in a municipality; there is no authority
 * for a role alone.
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

	/**
	 * Field crew: sees and changes the work items of its departments (see
	 * {@link StaffAuthorities#department}).
	 */
	CREW

}
