package org.muni311.autoconfigure.security;

import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.security.StaffTestClient.Answer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muni311.autoconfigure.security.StaffTestClient.basic;

/**
 * Local staff users signing in with HTTP Basic to admin paths, and everyone else's paths
 * staying open.
 */
@SpringBootTest(classes = StaffTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:staff-users-test.properties")
class AdminSignInTest {

	@LocalServerPort
	int port;

	private StaffTestClient client() {
		return new StaffTestClient(this.port);
	}

	@Test
	void answersUnauthorizedProblemWithChallengesWhenNoCredentialsAreSent() {
		Answer answer = client().get("/admin/test/a.example");

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.challenges()).containsExactly("Basic realm=\"Muni311\"", "Bearer realm=\"Muni311\"");
		assertThat(answer.json()).containsEntry("status", 401)
			.containsEntry("title", "Unauthorized")
			.containsEntry("instance", "/admin/test/a.example")
			.containsEntry("detail",
					"Sign in as staff of the municipality who may do this, with HTTP Basic or a Bearer token");
	}

	@Test
	void answersUnauthorizedForAWrongPassword() {
		Answer answer = client().get("/admin/test/a.example", basic("alice", "not-alice-secret"));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.challenges()).contains("Basic realm=\"Muni311\"");
		assertThat(answer.json()).containsEntry("detail", "The user name or password is wrong");
	}

	@Test
	void refusesAMunicipalityAdminAnotherMunicipalityWithTheReason() {
		Answer answer = client().get("/admin/test/b.example", basic("alice", "alice-secret"));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json()).containsEntry("status", 403)
			.containsEntry("title", "Forbidden")
			.containsEntry("detail", "You administer a.example, not b.example");
	}

	@Test
	void letsAMunicipalityAdminIntoItsOwnMunicipalityAndNamesItForAudit() {
		Answer answer = client().get("/admin/test/a.example", basic("alice", "alice-secret"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json()).containsEntry("jurisdiction", "a.example").containsEntry("by", "alice");
	}

	@Test
	void letsAPlatformAdminIntoEveryMunicipality() {
		Answer answer = client().get("/admin/test/b.example", basic("platform", "platform-secret"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json()).containsEntry("by", "platform");
	}

	@Test
	void signsInWithABcryptPasswordAndKeepsEveryMunicipalityOfTheUser() {
		assertThat(client().get("/admin/test/c.example", basic("bob", "bob-secret")).status()).isEqualTo(200);
		assertThat(client().get("/admin/test/a.example", basic("bob", "bob-secret")).json()).containsEntry("detail",
				"You administer b.example, c.example, not a.example");
	}

	@Test
	void refusesStaffWithoutAnAdminRoleEvenInItsOwnMunicipality() {
		Answer answer = client().get("/admin/test/a.example", basic("crew", "crew-secret"));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.json()).containsEntry("detail",
				"crew is not a platform or municipality administrator; sign in as one");
	}

	@Test
	void guardsMunicipalityAdminPathsBeforeAnyControllerChecks() {
		assertThat(client().get("/admin/v1/municipalities/a.example/settings", basic("alice", "alice-secret")).status())
			.isEqualTo(200);
		Answer other = client().get("/admin/v1/municipalities/b.example/settings", basic("alice", "alice-secret"));
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(other.json()).containsEntry("detail", "You administer a.example, not b.example");
	}

	@Test
	void letsAServiceAddAChainOfItsOwnForOtherPaths() {
		assertThat(client().get("/crew/a.example/work", basic("crew", "crew-secret")).body()).contains("work for crew");
		assertThat(client().get("/crew/b.example/work", basic("crew", "crew-secret")).status()).isEqualTo(403);
		Answer admin = client().get("/crew/a.example/work", basic("alice", "alice-secret"));
		assertThat(admin.status()).isEqualTo(403);
		assertThat(admin.contentType()).startsWith("application/problem+json");
		assertThat(client().get("/crew/a.example/work").status()).isEqualTo(401);
	}

	@Test
	void anAdministratorOfOneMunicipalityWhoIsAnAgentOfAnotherAdministersOnlyTheFirst() {
		assertThat(client().get("/admin/v1/municipalities/a.example/settings", basic("mixed", "mixed-secret")).status())
			.isEqualTo(200);
		Answer other = client().get("/admin/v1/municipalities/b.example/settings", basic("mixed", "mixed-secret"));
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.json()).containsEntry("detail", "You administer a.example, not b.example");
		assertThat(client().get("/admin/test/b.example", basic("mixed", "mixed-secret")).status()).isEqualTo(403);
	}

	@Test
	void leavesOpen311OpenToReadsAndFormPostsWithoutCredentialsOrCsrfToken() {
		assertThat(client().get("/open311/v2/services.json").status()).isEqualTo(200);
		assertThat(client().postForm("/open311/v2/requests.json", "service_code=pothole").status()).isEqualTo(201);
	}

	@Test
	void answersNotFoundForUnknownPathsToWhoeverMayAskThere() {
		assertThat(client().get("/open311/v2/nothing-here.json").status()).isEqualTo(404);
		assertThat(client().get("/admin/nothing-here", basic("alice", "alice-secret")).status()).isEqualTo(404);
		assertThat(client().get("/admin/nothing-here").status()).isEqualTo(401);
	}

}
