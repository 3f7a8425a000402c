package org.muni311.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.autoconfigure.view.TopicViews;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.ApiDocs;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.routing.municipality.RoutingMap;
import org.muni311.routing.municipality.RoutingMaps;
import org.muni311.routing.municipality.RoutingMapsForTest;
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

/**
 * Routing over real Kafka and a real MongoDB-compatible store, with a municipality
 * configured the way intake configures one: by events on the compacted municipality
 * topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingIT {

	private static final String TENANT = TestMunicipality.TENANT;

	private static final GeoPoint IN_W1 = new GeoPoint(44.05, -79.95);

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@Autowired
	TopicViews views;

	@Autowired
	BuildProperties build;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@BeforeAll
	void configureTheMunicipality() {
		this.kafka.send(Topics.MUNICIPALITIES_LAYERS, TENANT + ":wards", TestMunicipality.wards(this.json, 1));
		this.kafka.send(Topics.MUNICIPALITIES_CONFIG, TENANT, TestMunicipality.configured(this.json, 1,
				TestMunicipality.configuration(TestMunicipality.rules("bylaw"))));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.maps.of(TENANT).filter((map) -> map.layers().containsKey("wards")).isPresent());
	}

	@Test
	void routesAPotholeToTheCrewOfItsWardOnceHoweverOftenItIsDelivered() {
		String id = newId();
		String event = submitted(id, "pothole", IN_W1);

		this.kafka.send(Topics.REQUESTS_SUBMITTED, id, event);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(routedEvents(id)).hasSize(1));
		String first = routedEvents(id).get(0);
		assertThat(first).contains("\"departmentCode\":\"roads\"", "\"areaCode\":\"W1\"", "\"status\":\"ROUTED\"",
				"\"sequence\":1");
		assertThat(this.mongo.findById(WorkItem.idOf(TENANT, id), WorkItem.class).crew()).isEqualTo("roads-west");

		this.kafka.send(Topics.REQUESTS_SUBMITTED, id, event);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("routing-service", Topics.REQUESTS_SUBMITTED));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.mongo.findById(WorkItem.idOf(TENANT, id), WorkItem.class).outbox())
				.isEmpty());
		assertThat(routedEvents(id)).as("a redelivery changes nothing").containsExactly(first);
		assertThat(this.mongo.count(Query.query(Criteria.where("requestId").is(id)), WorkItem.class)).isEqualTo(1);
	}

	/**
	 * A poll's requests are routed together; a record that cannot be read and a request
	 * that cannot be routed (its municipality is unknown) are dead-lettered alone, and a
	 * request twice in one poll is routed once.
	 */
	@Test
	void aPollsRequestsAreRoutedTogetherAndWhatFailsIsDeadLetteredAlone() {
		String first = newId();
		String second = newId();
		String third = newId();
		String unknown = newId();
		String marker = UUID.randomUUID().toString();
		String unknownMunicipality = this.json
			.writeValueAsString(EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, "nowhere.example.org", unknown,
					Instant.now(), null, new ServiceRequestSubmitted("pothole", "pothole", IN_W1, null, null, "test")));
		this.kafka.sendAll(Topics.REQUESTS_SUBMITTED, first,
				List.of(submitted(first, "pothole", IN_W1), submitted(second, "pothole", IN_W1),
						"not an event " + marker, submitted(first, "pothole", IN_W1), unknownMunicipality,
						submitted(third, "graffiti", IN_W1)));

		String deadLetters = Topics.REQUESTS_SUBMITTED + ".routing-service.dlq";
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.kafka.readAll(deadLetters)
				.stream()
				.map(ConsumerRecord::value)
				.filter((value) -> value.contains(marker) || value.contains(unknown))).hasSize(2));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("routing-service", Topics.REQUESTS_SUBMITTED));
		for (String id : List.of(first, second, third)) {
			assertThat(routedEvents(id)).as(id).hasSize(1);
			assertThat(this.kafka.readAll(deadLetters)).noneMatch((record) -> record.value().contains(id));
		}
		assertThat(this.mongo.count(Query.query(Criteria.where("requestId").is(first)), WorkItem.class)).isEqualTo(1);
		assertThat(routedEvents(unknown)).isEmpty();
	}

	@Test
	void sendsARequestOutsideEveryAreaOrWithoutLocationToTriageWhenOnlyAnAreasRuleTakesItsService() {
		String outside = newId();
		String nowhere = newId();

		this.kafka.send(Topics.REQUESTS_SUBMITTED, outside,
				submitted(outside, "streetlight", new GeoPoint(45.50, -73.57)));
		this.kafka.send(Topics.REQUESTS_SUBMITTED, nowhere, submitted(nowhere, "streetlight", null));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(routedEvents(outside)).singleElement()
				.asString()
				.contains("\"departmentCode\":\"triage\"", "outside the municipality's areas"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(routedEvents(nowhere)).singleElement()
				.asString()
				.contains("\"departmentCode\":\"triage\"", "no location"));
	}

	/**
	 * A rule by service or group alone takes its requests wherever they are: potholes
	 * (roads by group) outside both wards and without a location go to roads.
	 */
	@Test
	void aRuleWithoutALayerRoutesARequestOutsideEveryAreaAndOneWithoutALocation() {
		String outside = newId();
		String nowhere = newId();

		this.kafka.send(Topics.REQUESTS_SUBMITTED, outside, submitted(outside, "pothole", new GeoPoint(45.50, -73.57)));
		this.kafka.send(Topics.REQUESTS_SUBMITTED, nowhere, submitted(nowhere, "pothole", null));

		for (String id : List.of(outside, nowhere)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(routedEvents(id)).singleElement()
					.asString()
					.contains("\"departmentCode\":\"roads\"")
					.doesNotContain("\"departmentCode\":\"triage\""));
		}
	}

	@Test
	void aNewConfigurationVersionChangesTheNextRequestsDepartmentWithoutARestart() {
		String before = newId();
		this.kafka.send(Topics.REQUESTS_SUBMITTED, before, submitted(before, "graffiti", IN_W1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(routedEvents(before)).singleElement()
				.asString()
				.contains("\"departmentCode\":\"bylaw\""));

		this.kafka.send(Topics.MUNICIPALITIES_CONFIG, TENANT, TestMunicipality.configured(this.json, 2,
				TestMunicipality.configuration(TestMunicipality.rules("roads"))));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.maps.of(TENANT).map(RoutingMap::version).orElse(0L) == 2);
		String after = newId();
		this.kafka.send(Topics.REQUESTS_SUBMITTED, after, submitted(after, "graffiti", IN_W1));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(routedEvents(after)).singleElement()
				.asString()
				.contains("\"departmentCode\":\"roads\""));
		this.kafka.send(Topics.MUNICIPALITIES_CONFIG, TENANT, TestMunicipality.configured(this.json, 1,
				TestMunicipality.configuration(TestMunicipality.rules("bylaw"))));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.maps.of(TENANT).map(RoutingMap::version).orElse(0L) == 2);
	}

	@Test
	void aRestartedInstanceRebuildsItsViewFromTheTopics() throws Exception {
		RoutingMaps restarted = RoutingMapsForTest.following(this.json, this.views);
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> restarted.awaitCaughtUp(Duration.ofMillis(100)));
			RoutingMap rebuilt = restarted.of(TENANT).orElseThrow();
			assertThat(rebuilt.layers()).containsKey("wards");
			assertThat(rebuilt.version()).isEqualTo(this.maps.of(TENANT).orElseThrow().version());
			assertThat(rebuilt.route("pothole", IN_W1).crew()).isEqualTo("roads-west");
		}
		finally {
			RoutingMapsForTest.stop(restarted);
		}
	}

	private static String newId() {
		return "R" + UUID.randomUUID().toString().substring(0, 9);
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
		String items = "/crew/v1/municipalities/{jurisdiction_id}/work-items";
		assertThat(document.path("paths").propertyNames()).contains(items, items + "/{request_id}",
				items + "/{request_id}/claim", items + "/{request_id}/status", items + "/{request_id}/notes",
				items + "/{request_id}/assign", items + "/{request_id}/priority", items + "/{request_id}/reassign",
				items + "/stream");
		JsonNode move = document.at("/paths/" + (items + "/{request_id}/status").replace("/", "~1") + "/post");
		assertThat(move.path("summary").asString()).isNotEmpty();
		assertThat(move.at("/responses/409/description").asString()).contains("allowed", "currentVersion");
	}

	private String submitted(String id, String serviceCode, GeoPoint point) {
		return this.json.writeValueAsString(EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, TENANT, id,
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
