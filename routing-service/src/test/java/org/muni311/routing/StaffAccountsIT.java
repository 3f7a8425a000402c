package org.muni311.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.Topics;
import org.muni311.contracts.staff.StaffAccount;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.routing.municipality.RoutingMaps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A staff account the clerk's room publishes signs in on routing without routing being
 * configured or restarted: a crew member of roads reads the roads queue, not by-law's;
 * once their roles are taken away they sign in no more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
class StaffAccountsIT {

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAccountPublishedByTheClerksRoomSignsInHereWithItsRolesUntilTheyAreTakenAway() throws Exception {
		KafkaTestClient kafka = KafkaTestClient.shared();
		TestMunicipality.publish(kafka, this.json, this.maps);
		String username = "kim-" + UUID.randomUUID().toString().substring(0, 6);
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("kims-long-password");
		String credentials = username + ":kims-long-password";
		assertThat(status(credentials, "department=roads")).as("not known yet").isEqualTo(401);

		kafka.send(Topics.MUNICIPALITIES_STAFF, username, account(username, hash, 1,
				List.of(new StaffAccount.Membership(TestMunicipality.TENANT, List.of("CREW"), List.of("roads")))));

		await().atMost(Duration.ofSeconds(30)).until(() -> status(credentials, "department=roads") == 200);
		assertThat(status(credentials, "department=bylaw")).as("not their department").isEqualTo(403);
		assertThat(status(username + ":a-wrong-password", "department=roads")).isEqualTo(401);

		kafka.send(Topics.MUNICIPALITIES_STAFF, username, account(username, hash, 2, List.of()));
		await().atMost(Duration.ofSeconds(30)).until(() -> status(credentials, "department=roads") == 401);
		kafka.send(Topics.MUNICIPALITIES_STAFF, username, account(username, hash, 1,
				List.of(new StaffAccount.Membership(TestMunicipality.TENANT, List.of("CREW"), List.of("roads")))));
		assertThat(status("sam:supervisor", "department=roads")).as("configured users as before").isEqualTo(200);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> status(credentials, "department=roads") == 401);
	}

	private String account(String username, String hash, long version, List<StaffAccount.Membership> memberships) {
		return this.json
			.writeValueAsString(EventEnvelope.create(StaffAccount.TYPE, StaffAccount.VERSION, TestMunicipality.TENANT,
					null, Instant.now(), null, new StaffAccount(username, hash, memberships, version)));
	}

	private int status(String credentials, String query) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/crew/v1/municipalities/"
					+ TestMunicipality.TENANT + "/work-items?" + query))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
