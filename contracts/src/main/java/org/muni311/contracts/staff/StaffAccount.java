package org.muni311.contracts.staff;

import java.util.List;
import java.util.Objects;

/**
 * A staff account as the clerk's room owns it, for every service to sign it in: keyed by
 * user name on a compacted topic, the latest state of each account kept for services that
 * start later. The password travels only as a hash. The envelope's tenant is the
 * municipality whose administrator made the change.
 *
 * @param username the name staff sign in with
 * @param passwordHash the password as Spring Security's delegating encoder stores it
 * ({@code {bcrypt}$2a$...}); never the password
 * @param memberships the roles held in each municipality; none when the account may no
 * longer sign in anywhere
 * @param version increases by one with each change; a consumer ignores a version it has
 * passed
 */
public record StaffAccount(String username, String passwordHash, List<Membership> memberships, long version) {

	/** Envelope type name. */
	public static final String TYPE = "StaffAccount";

	/** Schema version. */
	public static final int VERSION = 1;

	public StaffAccount {
		Objects.requireNonNull(username, "username");
		memberships = (memberships != null) ? List.copyOf(memberships) : List.of();
	}

	/**
	 * The roles held in one municipality.
	 *
	 * @param id the municipality's jurisdiction id
	 * @param roles role names ({@code AGENT}, {@code CREW}, {@code SUPERVISOR},
	 * {@code MUNICIPALITY_ADMIN}); never {@code PLATFORM_ADMIN}, which no municipality
	 * gives
	 * @param departments the departments a crew member works for there
	 */
	public record Membership(String id, List<String> roles, List<String> departments) {

		public Membership {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
			departments = (departments != null) ? List.copyOf(departments) : List.of();
		}

	}

}
