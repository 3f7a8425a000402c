package org.muni311.routing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.ServiceInstances;
import org.muni311.routing.decision.Router;
import org.muni311.routing.municipality.RoutingMaps;
import org.muni311.routing.workqueue.QueueChangeFeed;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the routing service side by side (two application contexts over one
 * broker and one store): a crew's live queue connected to one instance shows the changes
 * made through the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

	private static final String TENANT = TestMunicipality.TENANT;

	private static final GeoPoint IN_W2 = new GeoPoint(44.05, -79.85);

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private final ExecutorService reader = Executors.newSingleThreadExecutor();

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private JsonMapper json;

	@BeforeAll
	void startTwoInstances() {
		this.first = instance();
		this.second = instance();
		this.json = this.first.getBean(JsonMapper.class);
		for (ConfigurableApplicationContext instance : List.of(this.first, this.second)) {
			TestMunicipality.publish(this.kafka, this.json, instance.getBean(RoutingMaps.class));
			QueueChangeFeed feed = instance.getBean(QueueChangeFeed.class);
			await().atMost(Duration.ofSeconds(30)).until(feed::listening);
		}
	}

	@AfterAll
	void stop() {
		this.reader.shutdownNow();
		ServiceInstances.stop(this.first, this.second);
	}

	@Test
	void aQueueStreamedFromOneInstanceShowsTheChangesMadeThroughTheOther() throws Exception {
		CrewClient onFirst = new CrewClient(ServiceInstances.port(this.first), "cara", "crew", this.json);
		CrewClient onSecond = new CrewClient(ServiceInstances.port(this.second), "cara", "crew", this.json);
		HttpRequest request = onFirst.request(TENANT, "/stream?department=roads")
			.header("Accept", "text/event-stream")
			.GET()
			.build();
		HttpResponse<Stream<String>> stream = onFirst.http().send(request, HttpResponse.BodyHandlers.ofLines());
		try {
			assertThat(stream.statusCode()).isEqualTo(200);
			Future<List<String>> lines = this.reader.submit(() -> stream.body()
				.takeWhile((line) -> !line.startsWith("data:") || !line.contains("\"status\":\"ACKNOWLEDGED\""))
				.toList());

			String id = "S" + UUID.randomUUID().toString().substring(0, 8);
			assertThat(
					this.second.getBean(Router.class)
						.route(EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, TENANT, id, Instant.now(), null,
								new ServiceRequestSubmitted("pothole", "pothole", IN_W2, null, null, "test"))))
				.isTrue();
			assertThat(onSecond.post(TENANT, "/" + id + "/claim", "{\"version\":0}").status()).isEqualTo(200);

			List<String> received = lines.get(30, TimeUnit.SECONDS);
			assertThat(received.stream().filter((line) -> line.startsWith("data:") && line.contains(id)))
				.as("routed, then claimed, both through the second instance")
				.hasSize(1)
				.allMatch((line) -> line.contains("\"status\":\"ROUTED\""));
		}
		finally {
			stream.body().close();
		}
	}

	private static ConfigurableApplicationContext instance() {
		// requests are routed here by the test itself, not from requests.submitted
		return ServiceInstances.start(RoutingApplication.class, "muni311-two-routing",
				"spring.cloud.stream.bindings.routeRequest-in-0.group=routing-two-instances",
				"spring.cloud.stream.bindings.routeRequest-in-0.consumer.auto-startup=false");
	}

}
