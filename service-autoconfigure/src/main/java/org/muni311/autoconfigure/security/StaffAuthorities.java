package org.muni311.autoconfigure.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * How a staff member's roles are written as Spring Security authorities: a role held in a
 * municipality is one authority naming both, {@code ROLE@JURISDICTION_ID} (such as
 * {@code AGENT@demo.muni311.org}); a department a crew member works for is
 * {@code DEPARTMENT_CODE@JURISDICTION_ID}; the platform administrator, who holds in every
 * municipality, is {@code ROLE_PLATFORM_ADMIN}. There is no authority for a role alone,
 * so no check can ask for a role without its municipality: an administrator of one
 * municipality who is an agent of another administers only the first. Plain string
 * authorities, so that local users, JWT users and test users
 * ({@code @WithMockUser(authorities = ...)}) all look the same to {@link StaffAccess}.
 */
public final class StaffAuthorities {

	/** Spring Security's prefix for roles. */
	public static final String ROLE_PREFIX = "ROLE_";

	/** Between a role (or department) and the municipality it holds in. */
	public static final String IN = "@";

	/** The prefix of an authority naming a department a crew member works for. */
	public static final String DEPARTMENT_PREFIX = "DEPARTMENT_";

	private StaffAuthorities() {
	}

	/** The platform administrator's authority, {@code ROLE_PLATFORM_ADMIN}. */
	public static GrantedAuthority platformAdmin() {
		return new SimpleGrantedAuthority(ROLE_PREFIX + StaffRole.PLATFORM_ADMIN.name());
	}

	/** The authority of {@code role} held in the municipality {@code jurisdictionId}. */
	public static GrantedAuthority role(StaffRole role, String jurisdictionId) {
		if (role == StaffRole.PLATFORM_ADMIN) {
			throw new IllegalArgumentException("PLATFORM_ADMIN holds in every municipality, not in one");
		}
		return new SimpleGrantedAuthority(role.name() + IN + jurisdictionId);
	}

	/**
	 * The authority of a crew member working for {@code department} of
	 * {@code jurisdictionId}.
	 */
	public static GrantedAuthority department(String department, String jurisdictionId) {
		return new SimpleGrantedAuthority(DEPARTMENT_PREFIX + department + IN + jurisdictionId);
	}

	/**
	 * The authorities of a staff member: {@code platformAdmin} or not, the roles held in
	 * each municipality, and the departments worked for in each.
	 */
	public static List<GrantedAuthority> of(boolean platformAdmin, Map<String, ? extends Collection<StaffRole>> roles,
			Map<String, ? extends Collection<String>> departments) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (platformAdmin) {
			authorities.add(platformAdmin());
		}
		roles.forEach((jurisdictionId, held) -> held.forEach((role) -> authorities.add(role(role, jurisdictionId))));
		departments.forEach((jurisdictionId, codes) -> codes
			.forEach((department) -> authorities.add(department(department, jurisdictionId))));
		return authorities;
	}

	/** The authorities of a staff member holding these roles, in no department. */
	public static List<GrantedAuthority> of(Map<String, ? extends Collection<StaffRole>> roles) {
		return of(false, roles, Map.of());
	}

	/** The authorities of a local user. */
	static List<GrantedAuthority> of(StaffSecurityProperties.LocalUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (user.roles().contains(StaffRole.PLATFORM_ADMIN)) {
			authorities.add(platformAdmin());
		}
		for (StaffSecurityProperties.Membership membership : user.municipalities()) {
			membership.roles().forEach((role) -> authorities.add(role(role, membership.id())));
			membership.departments().forEach((code) -> authorities.add(department(code, membership.id())));
		}
		return authorities;
	}

}
