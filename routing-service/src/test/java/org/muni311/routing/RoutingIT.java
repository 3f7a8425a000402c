package org.muni311.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.ApiDocs;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.routing.workqueue.WorkItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Routing over real Kafka and a real MongoDB-compatible store, with the demo municipality. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "muni311.routing.load-demo-municipality=true")
@Import(InfrastructureTestConfiguration.class)
class RoutingIT {

	private static final String DEMO = "demo.muni311.org";

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	BuildProperties build;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@Test
	void routesAPotholeToRoadsInItsWardOnceHoweverOftenItIsDelivered() {
		String id = "R" + UUID.randomUUID().toString().substring(0, 9);
		String event = submitted(id, "pothole", new GeoPoint(43.65, -79.40));

		this.kafka.send(Topics.REQUESTS_SUBMITTED, id, event);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(routedEvents(id)).hasSize(1));
		String first = routedEvents(id).get(0);
		assertThat(first).contains("\"departmentCode\":\"roads\"", "\"areaCode\":\"ward-2\"", "\"status\":\"ROUTED\"",
				"\"sequence\":1");

		this.kafka.send(Topics.REQUESTS_SUBMITTED, id, event);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("routing-service", Topics.REQUESTS_SUBMITTED));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.mongo.findById(WorkItem.idOf(DEMO, id), WorkItem.class).outbox())
				.isEmpty());
		assertThat(routedEvents(id)).as("a redelivery changes nothing").containsExactly(first);
		assertThat(this.mongo.count(Query.query(Criteria.where("requestId").is(id)), WorkItem.class)).isEqualTo(1);
	}

	@Test
	void sendsARequestOutsideEveryWardToTriage() {
		String id = "R" + UUID.randomUUID().toString().substring(0, 9);

		this.kafka.send(Topics.REQUESTS_SUBMITTED, id, submitted(id, "graffiti", new GeoPoint(45.50, -73.57)));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(routedEvents(id)).singleElement()
			.asString()
			.contains("\"departmentCode\":\"triage\"", "outside the municipality's wards"));
	}

	@Test
	void publishesItsOpenApiDocument() {
		ApiDocs.Answer docs = new ApiDocs(this.port).document();

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.contentType()).startsWith("application/json");
		JsonNode document = this.json.readTree(docs.body());
		assertThat(document.has("openapi")).isTrue();
		assertThat(document.at("/info/title").asString()).isEqualTo("Muni311 routing-service API");
		assertThat(document.at("/info/version").asString()).isEqualTo(this.build.getVersion());
		assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
	}

	private String submitted(String id, String serviceCode, GeoPoint point) {
		return this.json.writeValueAsString(EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, DEMO, id,
				Instant.now(), null, new ServiceRequestSubmitted(serviceCode, serviceCode, point, null, null, "test")));
	}

	private List<String> routedEvents(String id) {
		return this.kafka.readAll(Topics.REQUESTS_STATUS_CHANGED)
			.stream()
			.filter((record) -> id.equals(record.key()))
			.map(ConsumerRecord::value)
			.toList();
	}

}
