package org.muni311.autoconfigure.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading staff roles, municipalities and names out of identity providers' tokens. */
class StaffJwtConverterTest {

	private final StaffAccess access = new StaffAccess();

	private static Jwt.Builder jwt() {
		return Jwt.withTokenValue("t").header("alg", "RS256").subject("9f1c-uuid").issuedAt(Instant.now());
	}

	@Test
	void readsRolesPerMunicipalityFromClaimsNamedInTheProperties() {
		StaffJwtConverter converter = new StaffJwtConverter(new StaffSecurityProperties.Jwt("https://muni311.org/roles",
				"https://muni311.org/cities", "https://muni311.org/departments", "preferred_username", List.of()));

		AbstractAuthenticationToken staff = converter
			.convert(jwt().claim("https://muni311.org/roles", List.of("offline_access", "uma_authorization"))
				.claim("https://muni311.org/cities",
						Map.of("a.example", List.of("MUNICIPALITY_ADMIN", "offline_access"), "b.example",
								List.of("ROLE_AGENT", "CREW"), "c.example", "SUPERVISOR"))
				.claim("https://muni311.org/departments", Map.of("b.example", List.of("roads")))
				.claim("preferred_username", "carol")
				.build());

		assertThat(this.access.roles(staff, "a.example")).containsExactly(StaffRole.MUNICIPALITY_ADMIN);
		assertThat(this.access.roles(staff, "b.example")).containsExactly(StaffRole.AGENT, StaffRole.CREW);
		assertThat(this.access.roles(staff, "c.example")).containsExactly(StaffRole.SUPERVISOR);
		assertThat(this.access.mayAdminister(staff, "a.example")).isTrue();
		assertThat(this.access.mayAdminister(staff, "b.example")).isFalse();
		assertThat(this.access.municipalities(staff, StaffRole.AGENT)).containsExactly("b.example");
		assertThat(this.access.departments(staff, "b.example")).containsExactly("roads");
		assertThat(this.access.departments(staff, "a.example")).isEmpty();
		assertThat(this.access.name(staff)).isEqualTo("carol");
	}

	@Test
	void givesNothingForRolesThatNameNoMunicipality() {
		StaffJwtConverter converter = new StaffJwtConverter(claims());

		AbstractAuthenticationToken staff = converter.convert(jwt().claim("roles", List.of("MUNICIPALITY_ADMIN"))
			.claim("municipalities", List.of("a.example"))
			.build());

		assertThat(this.access.isAdmin(staff)).isFalse();
		assertThat(this.access.roles(staff, "a.example")).isEmpty();
	}

	@Test
	void fallsBackToTheSubjectAndGivesNoRoleWhenClaimsAreMissing() {
		StaffJwtConverter converter = new StaffJwtConverter(new StaffSecurityProperties.Jwt("roles", "municipalities",
				"departments", "preferred_username", List.of()));

		AbstractAuthenticationToken staff = converter.convert(jwt().build());

		assertThat(this.access.name(staff)).isEqualTo("9f1c-uuid");
		assertThat(this.access.roles(staff, "a.example")).isEmpty();
		assertThat(this.access.isAdmin(staff)).isFalse();
	}

	@Test
	void readsASingleRoleGivenAsAPlainString() {
		StaffJwtConverter converter = new StaffJwtConverter(claims());

		AbstractAuthenticationToken staff = converter.convert(jwt().claim("roles", "ROLE_PLATFORM_ADMIN").build());

		assertThat(this.access.isPlatformAdmin(staff)).isTrue();
		assertThat(this.access.mayAdminister(staff, "anywhere.example")).isTrue();
		assertThat(this.access.holds(staff, "anywhere.example", StaffRole.AGENT)).isFalse();
	}

	private static StaffSecurityProperties.Jwt claims() {
		return new StaffSecurityProperties.Jwt("roles", "municipalities", "departments", "sub", List.of());
	}

}
