package org.muni311.autoconfigure.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.security.StaffTestClient.Answer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muni311.autoconfigure.security.StaffTestApplication.ISSUER;
import static org.muni311.autoconfigure.security.StaffTestApplication.token;
import static org.muni311.autoconfigure.security.StaffTestClient.basic;
import static org.muni311.autoconfigure.security.StaffTestClient.bearer;

/** Staff signing in with a Bearer JWT from the identity provider, beside local users. */
@SpringBootTest(classes = StaffTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:staff-users-test.properties")
class AdminJwtSignInTest {

	@LocalServerPort
	int port;

	private StaffTestClient client() {
		return new StaffTestClient(this.port);
	}

	@Test
	void letsAMunicipalityAdminTokenIntoItsMunicipalityOnly() {
		String token = token(ISSUER, "carol", List.of("offline_access"),
				Map.of("a.example", List.of("MUNICIPALITY_ADMIN", "uma_authorization"), "b.example", List.of("AGENT")));

		Answer own = client().get("/admin/test/a.example", bearer(token));
		Answer other = client().get("/admin/test/b.example", bearer(token));

		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json()).containsEntry("by", "carol");
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(other.json()).containsEntry("detail", "You administer a.example, not b.example");
	}

	@Test
	void acceptsRoleNamesWithSpringsPrefix() {
		String token = token(ISSUER, "dana", List.of("ROLE_PLATFORM_ADMIN"), Map.of());

		assertThat(client().get("/admin/test/z.example", bearer(token)).status()).isEqualTo(200);
	}

	@Test
	void refusesATokenWithoutAnAdminRole() {
		String token = token(ISSUER, "erin", List.of(), Map.of("a.example", List.of("CREW")));

		Answer answer = client().get("/admin/v1/municipalities/a.example/settings", bearer(token));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.json()).containsEntry("detail",
				"erin is not a platform or municipality administrator; sign in as one");
	}

	@Test
	void refusesATokenSignedByAnotherKeyWithAnInvalidTokenChallenge() {
		String forged = token(StaffTestApplication.rsaKeys(), "mallory", List.of("PLATFORM_ADMIN"), Map.of());

		Answer answer = client().get("/admin/test/a.example", bearer(forged));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.challenges()).contains("Bearer realm=\"Muni311\", error=\"invalid_token\"");
		assertThat((String) answer.json().get("detail")).startsWith("The Bearer token was refused");
	}

	@Test
	void refusesATokenIssuedForAnotherAudienceOrForNone() {
		Answer other = client().get("/admin/test/a.example",
				bearer(token(ISSUER, "dana", List.of("PLATFORM_ADMIN"), Map.of(), List.of("another-app"))));
		Answer none = client().get("/admin/test/a.example",
				bearer(token(ISSUER, "dana", List.of("PLATFORM_ADMIN"), Map.of(), List.of())));

		assertThat(other.status()).isEqualTo(401);
		assertThat(other.challenges()).contains("Bearer realm=\"Muni311\", error=\"invalid_token\"");
		assertThat((String) other.json().get("detail")).contains("audience [another-app] is not Muni311's");
		assertThat(none.status()).isEqualTo(401);
	}

	@Test
	void givesARoleOutsideTheMunicipalitiesClaimNoMunicipality() {
		String token = token(ISSUER, "flat", List.of("MUNICIPALITY_ADMIN"), Map.of());

		assertThat(client().get("/admin/test/a.example", bearer(token)).status()).isEqualTo(403);
	}

	@Test
	void keepsLocalUsersSigningInWhileJwtIsOn() {
		assertThat(client().get("/admin/test/a.example", basic("alice", "alice-secret")).status()).isEqualTo(200);
	}

}
