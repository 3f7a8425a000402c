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

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.routing.CrewClient.Answer;
import org.muni311.routing.decision.Router;
import org.muni311.routing.municipality.RoutingMaps;
import org.muni311.routing.workqueue.OverdueCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SLA check (one escalation per breach, however often it runs) and the live queue
 * (Server-Sent Events), over real HTTP, Kafka and store. The test configuration runs the
 * check every second; a leak is due at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaAndLiveQueueIT {

	private static final String TENANT = TestMunicipality.TENANT;

	private static final GeoPoint IN_W2 = new GeoPoint(44.05, -79.85);

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@Autowired
	Router router;

	@Autowired
	OverdueCheck check;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private final ExecutorService reader = Executors.newSingleThreadExecutor();

	private CrewClient crew;

	@BeforeAll
	void configureTheMunicipality() {
		TestMunicipality.publish(this.kafka, this.json, this.maps);
		this.crew = new CrewClient(this.port, "cara", "crew", this.json);
	}

	@AfterAll
	void stopReader() {
		this.reader.shutdownNow();
	}

	@Test
	void escalatesEachBreachOnceHoweverOftenTheCheckRunsAndShowsItOnTheQueue() {
		double counted = escalationsCounted();
		String id = routed("leak");

		await().atMost(Duration.ofSeconds(30)).until(() -> escalations(id).size() == 1);
		for (int i = 0; i < 3; i++) {
			this.check.escalateOverdue();
		}
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> escalations(id).size() == 1);
		JsonNode escalated = escalations(id).get(0).path("payload");
		assertThat(escalated.path("departmentCode").asString()).isEqualTo("roads");
		assertThat(escalated.path("sequence").asLong()).isEqualTo(1);
		assertThat(escalated.path("expectedAt").asString()).isNotEmpty();
		Answer queue = this.crew.get(TENANT, "?department=roads&area=W2&size=200");
		JsonNode shown = find(queue, id);
		assertThat(shown.path("escalatedAt").isNull()).as("the queue shows it overdue").isFalse();
		assertThat(escalationsCounted()).isGreaterThanOrEqualTo(counted + 1);

		long version = shown.path("version").asLong();
		version = this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":" + version + "}").version();
		version = this.crew.post(TENANT, "/" + id + "/status", "{\"version\":" + version + ",\"status\":\"RESOLVED\"}")
			.version();
		this.crew.post(TENANT, "/" + id + "/status", "{\"version\":" + version + ",\"status\":\"REOPENED\"}");

		await().atMost(Duration.ofSeconds(30)).until(() -> escalations(id).size() == 2);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> escalations(id).size() == 2);
	}

	@Test
	void streamsTheChangesOfADepartmentsQueueIncludingAnItemReassignedAwayAsServerSentEvents() throws Exception {
		HttpRequest request = this.crew.request(TENANT, "/stream?department=roads")
			.header("Accept", "text/event-stream")
			.GET()
			.build();
		HttpResponse<Stream<String>> stream = this.crew.http().send(request, HttpResponse.BodyHandlers.ofLines());
		try {
			assertThat(stream.statusCode()).isEqualTo(200);
			assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
			Future<List<String>> lines = this.reader.submit(() -> stream.body()
				.takeWhile((line) -> !line.startsWith("data:") || !line.contains("\"department\":\"bylaw\""))
				.toList());

			String id = routed("pothole");
			long version = this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":0}").version();
			new CrewClient(this.port, "sam", "supervisor", this.json).post(TENANT, "/" + id + "/reassign",
					"{\"version\":" + version + ",\"department\":\"bylaw\"}");

			List<String> received = lines.get(30, TimeUnit.SECONDS);
			assertThat(received).contains("event:work-item");
			assertThat(received.stream().filter((line) -> line.startsWith("data:") && line.contains(id)))
				.as("routed, then claimed; then reassigned away, which ends the reading")
				.hasSize(2)
				.anyMatch((line) -> line.contains("\"status\":\"ROUTED\""))
				.anyMatch((line) -> line.contains("\"status\":\"ACKNOWLEDGED\""));
		}
		finally {
			stream.body().close();
		}
	}

	private double escalationsCounted() {
		return this.meters.counter("muni311.sla.escalations").count();
	}

	private String routed(String serviceCode) {
		String id = "S" + UUID.randomUUID().toString().substring(0, 9);
		assertThat(this.router.route(EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, TENANT, id, Instant.now(),
				null, new ServiceRequestSubmitted(serviceCode, serviceCode, IN_W2, null, null, "test"))))
			.isTrue();
		return id;
	}

	private static JsonNode find(Answer queue, String id) {
		for (JsonNode item : queue.body().path("items")) {
			if (id.equals(item.path("requestId").asString())) {
				return item;
			}
		}
		throw new AssertionError(id + " is not in the queue: " + queue.body());
	}

	private List<JsonNode> escalations(String id) {
		return this.kafka.readAll(Topics.REQUESTS_ESCALATED)
			.stream()
			.filter((record) -> id.equals(record.key()))
			.map((record) -> this.json.readTree(record.value()))
			.toList();
	}

}
