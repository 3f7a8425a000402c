package org.muni311.routing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.routing.municipality.RoutingMaps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limit on the live queues one user holds open (here 2): the next is a 429 with
 * {@code Retry-After} while another user is not affected, and a stream whose client left
 * gives its share back soon (the heartbeat's failed write ends it), not at the 30-minute
 * timeout of a quiet queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "muni311.rate-limits.enabled=true", "muni311.rate-limits.concurrent.streams-per-user=2",
				"muni311.routing.streams.heartbeat=200ms" })
@Import(InfrastructureTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStreamLimitIT {

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@LocalServerPort
	int port;

	private final List<HttpResponse<Stream<String>>> opened = new ArrayList<>();

	@BeforeAll
	void configureTheMunicipality() {
		TestMunicipality.publish(KafkaTestClient.shared(), this.json, this.maps);
	}

	@AfterEach
	void closeStreams() {
		this.opened.forEach((stream) -> stream.body().close());
		this.opened.clear();
	}

	@Test
	void aUserHoldsAtMostTheLimitAndAStreamItsClientLeftGivesItsShareBack() throws Exception {
		CrewClient cara = new CrewClient(this.port, "cara", "crew", this.json);
		HttpResponse<Stream<String>> first = open(cara);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(open(cara).statusCode()).isEqualTo(200);

		HttpResponse<Stream<String>> third = open(cara);
		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.headers().firstValue("Retry-After")).isPresent();
		assertThat(open(new CrewClient(this.port, "rhea", "crew", this.json)).statusCode())
			.as("another user's streams are their own")
			.isEqualTo(200);

		// the browser goes away while the queue is quiet: nothing but the heartbeat is
		// written to it
		first.body().close();

		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> open(cara).statusCode() == 200);
	}

	private HttpResponse<Stream<String>> open(CrewClient client) throws Exception {
		HttpRequest request = client.request(TestMunicipality.TENANT, "/stream?department=roads")
			.header("Accept", "text/event-stream")
			.GET()
			.build();
		HttpResponse<Stream<String>> stream = client.http().send(request, HttpResponse.BodyHandlers.ofLines());
		this.opened.add(stream);
		return stream;
	}

}
