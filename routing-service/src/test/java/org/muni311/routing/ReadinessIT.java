package org.muni311.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.embedded.MongoStore;
import org.muni311.deploy.testsupport.SharedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The health groups on the management port: with its store gone, an instance stops being
 * ready (taken out of rotation) but stays live (not restarted); which part is down for
 * everyone, its details (database names, errors) for platform administrators only. The
 * store is this test's own, so that closing it disturbs no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "muni311.store.server-selection-timeout=1s", "muni311.store.connect-timeout=1s",
				"muni311.store.read-timeout=2s", "muni311.kafka.replicas=1" })
class ReadinessIT {

	private static final MongoStore STORE = MongoStore.inMemory(0);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalManagementPort
	int management;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void ownStoreAndSharedBroker(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> STORE.connectionString("muni311-readiness"));
		registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
	}

	@AfterAll
	static void closeTheStore() {
		STORE.close();
	}

	@Test
	void aStoreOutageMakesTheInstanceUnreadyButLeavesItLive() throws Exception {
		assertThat(this.management).as("actuator on a port of its own").isNotEqualTo(this.port);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200));
		HttpResponse<String> ready = get("/actuator/health/readiness");
		assertThat(ready.body()).contains("\"mongo\"", "\"binders\"", "\"views\"", "\"readinessState\"");
		assertThat(get("/actuator/health/liveness").body()).doesNotContain("\"mongo\"", "\"binders\"", "\"views\"");

		STORE.close();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			HttpResponse<String> readiness = get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"mongo\":{\"status\":\"DOWN\"");
		});
		HttpResponse<String> liveness = get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void everyoneSeesWhichPartIsDownAndOnlyPlatformAdministratorsSeeItsDetails() throws Exception {
		// whatever the store's state (the other test closes it): the answer is 200 or 503
		// with the components either way
		HttpResponse<String> anonymous = get("/actuator/health");
		assertThat(anonymous.body()).contains("\"mongo\"", "\"binders\"").doesNotContain("\"details\"");
		HttpResponse<String> crew = get("/actuator/health", "sam:supervisor");
		assertThat(crew.body()).contains("\"mongo\"").doesNotContain("\"details\"");

		HttpResponse<String> platformAdministrator = get("/actuator/health", "pia:platform");
		assertThat(platformAdministrator.body()).contains("\"mongo\"", "\"details\"");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, null);
	}

	private HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.management + path))
			.timeout(Duration.ofSeconds(10));
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
