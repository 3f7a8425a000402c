package org.muni311.autoconfigure.security;

import java.time.Instant;
import java.util.List;

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
	void readsRolesAndMunicipalitiesFromClaimsNamedInTheProperties() {
		StaffJwtConverter converter = new StaffJwtConverter(new StaffSecurityProperties.Jwt("https://muni311.org/roles",
				"https://muni311.org/cities", "preferred_username"));

		AbstractAuthenticationToken staff = converter.convert(jwt()
			.claim("https://muni311.org/roles", List.of("MUNICIPALITY_ADMIN", "offline_access", "uma_authorization"))
			.claim("https://muni311.org/cities", List.of("a.example", "b.example"))
			.claim("preferred_username", "carol")
			.build());

		assertThat(this.access.roles(staff)).containsExactly(StaffRole.MUNICIPALITY_ADMIN);
		assertThat(this.access.municipalities(staff)).containsExactly("a.example", "b.example");
		assertThat(this.access.name(staff)).isEqualTo("carol");
	}

	@Test
	void fallsBackToTheSubjectAndGivesNoRoleWhenClaimsAreMissing() {
		StaffJwtConverter converter = new StaffJwtConverter(
				new StaffSecurityProperties.Jwt("roles", "municipalities", "preferred_username"));

		AbstractAuthenticationToken staff = converter.convert(jwt().build());

		assertThat(this.access.name(staff)).isEqualTo("9f1c-uuid");
		assertThat(this.access.roles(staff)).isEmpty();
		assertThat(this.access.isAdmin(staff)).isFalse();
	}

	@Test
	void readsASingleRoleGivenAsAPlainString() {
		StaffJwtConverter converter = new StaffJwtConverter(
				new StaffSecurityProperties.Jwt("roles", "municipalities", "sub"));

		AbstractAuthenticationToken staff = converter.convert(jwt().claim("roles", "ROLE_PLATFORM_ADMIN").build());

		assertThat(this.access.isPlatformAdmin(staff)).isTrue();
		assertThat(this.access.mayAccess(staff, "anywhere.example")).isTrue();
	}

}
