package org.muni311.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.ApiDocs;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.intake.Open311Client.Answer;
import org.muni311.intake.request.ServiceRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Open311 API over HTTP, with real Kafka and a real MongoDB-compatible store behind
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "muni311.intake.load-demo-municipality=true")
@Import(InfrastructureTestConfiguration.class)
class Open311ApiIT {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	JsonMapper json;

	@Autowired
	BuildProperties build;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private Open311Client open311() {
		return new Open311Client(this.port);
	}

	@Test
	void storesARequestAndPublishesItsEventsKeyedByRequestId() {
		Answer answer = open311().post(Open311Client.pothole(Map.of()));

		assertThat(answer.status()).as("200, not 201: a client that accepts only 200 would retry").isEqualTo(200);
		String id = (String) answer.first().get("service_request_id");
		assertThat(id).hasSize(10);
		Answer read = open311().get("/requests/" + id + ".json?jurisdiction_id=" + Open311Client.DEMO);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.first()).containsEntry("status", "open")
			.containsEntry("service_code", "pothole")
			.containsEntry("lat", 43.65)
			.containsEntry("long", -79.4);
		assertThat(read.raw()).as("contact data never shows in public reads").doesNotContain("resident@example.org");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(keys(Topics.REQUESTS_SUBMITTED)).contains(id);
			assertThat(this.kafka.readAll(Topics.REQUESTS_SUBSCRIPTIONS)).anySatisfy((record) -> {
				assertThat(record.key()).isEqualTo(id);
				assertThat(record.value()).contains("resident@example.org");
			});
			assertThat(this.mongo.findById(ServiceRequest.keyOf(Open311Client.DEMO, id), ServiceRequest.class).outbox())
				.isEmpty();
		});
	}

	@Test
	void acceptsMultipartSubmissionsLikeRealClientsSend() {
		Answer answer = open311().postMultipart(Open311Client.pothole(Map.of("service_code", "graffiti")));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.first()).containsKey("service_request_id");
	}

	@Test
	void rejectsARequestWithoutServiceCodeAndStoresNothing() {
		long before = storedRequests();
		Map<String, String> fields = Open311Client.pothole(new HashMap<>(Map.of()));
		fields.remove("service_code");

		Answer answer = open311().post(fields);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.first()).containsEntry("code", 400);
		assertThat((String) answer.first().get("description")).contains("service_code is required");
		assertThat(storedRequests()).isEqualTo(before);
	}

	@Test
	void rejectsALatitudeBeyondTheNorthPole() {
		long before = storedRequests();

		Answer answer = open311().post(Open311Client.pothole(Map.of("lat", "91")));

		assertThat(answer.status()).isEqualTo(400);
		assertThat((String) answer.first().get("description")).contains("lat must be between -90 and 90");
		assertThat(storedRequests()).isEqualTo(before);
	}

	@Test
	void rejectsAWrongApiKeyWithForbidden() {
		long before = storedRequests();

		Answer answer = open311().post(Open311Client.pothole(Map.of("api_key", "not-the-key")));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.first()).containsEntry("code", 403);
		assertThat(storedRequests()).isEqualTo(before);
	}

	@Test
	void listsEveryProblemOfABadRequestAtOnce() {
		Answer answer = open311().post(Open311Client.pothole(Map.of("service_code", "pothole", "lat", "abc",
				"description", "x".repeat(4001), "email", "not-an-address")));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).extracting((error) -> (String) error.get("description"))
			.anySatisfy((text) -> assertThat(text).contains("lat must be a decimal number"))
			.anySatisfy((text) -> assertThat(text).contains("description is 4001 characters long"))
			.anySatisfy((text) -> assertThat(text).contains("email 'not-an-address'"));
	}

	@Test
	void rejectsAServiceCodeOutsideTheCatalogue() {
		Answer answer = open311().post(Open311Client.pothole(Map.of("service_code", "dragon-sighting")));

		assertThat(answer.status()).isEqualTo(400);
		assertThat((String) answer.first().get("description")).contains("'dragon-sighting' is not a service");
	}

	@Test
	void answersNotFoundForAnUnknownRequestOrMunicipality() {
		assertThat(open311().get("/requests/NOSUCHID00.json?jurisdiction_id=" + Open311Client.DEMO).status())
			.isEqualTo(404);
		Answer unknownCity = open311().get("/services.json?jurisdiction_id=atlantis.example");
		assertThat(unknownCity.status()).isEqualTo(404);
		assertThat((String) unknownCity.first().get("description")).contains("atlantis.example");
	}

	@Test
	void publishesItsOpenApiDocumentWithTheOpen311PathsAndTheSwaggerUi() {
		ApiDocs.Answer docs = new ApiDocs(this.port).document();

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.contentType()).startsWith("application/json");
		Map<String, Object> document = this.json.readValue(docs.body(), new TypeReference<>() {
		});
		assertThat(document).containsKey("openapi")
			.extractingByKey("info", InstanceOfAssertFactories.MAP)
			.containsEntry("title", "Muni311 intake-service API")
			.containsEntry("version", this.build.getVersion());
		assertThat(document).extractingByKey("paths", InstanceOfAssertFactories.MAP)
			.containsKeys("/open311/v2/requests.{format}", "/open311/v2/services.{format}");
		assertThat(new ApiDocs(this.port).swaggerUi().status()).isEqualTo(200);
	}

	@Test
	void describesAServiceWithTheQuestionsItsConfigurationAsks() {
		Answer definition = open311().get("/services/pothole.json?jurisdiction_id=" + Open311Client.DEMO);

		assertThat(definition.status()).isEqualTo(200);
		assertThat(definition.raw()).contains("\"service_code\":\"pothole\"", "\"code\":\"size\"",
				"\"datatype\":\"singlevaluelist\"", "\"key\":\"small\"", "Smaller than a dinner plate");
	}

	@Test
	void listsTheDemoCatalogue() {
		Answer services = open311().get("/services.json?jurisdiction_id=" + Open311Client.DEMO);

		assertThat(services.status()).isEqualTo(200);
		assertThat(services.body()).extracting((service) -> service.get("service_code"))
			.contains("pothole", "streetlight-out", "graffiti", "missed-garbage", "noise");
	}

	@Test
	void showsTheStatusWithTheHighestSequenceWhateverTheArrivalOrderAndClocks() {
		String id = (String) open311().post(Open311Client.pothole(Map.of())).first().get("service_request_id");
		Instant now = Instant.now();
		publishStatus(id, 1, now, RequestStatus.ROUTED);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(readRequest(id)).containsEntry("agency_responsible", "Roads and Sidewalks"));

		// the newer change arrives first, stamped by a clock running a minute behind; the
		// older one arrives last
		publishStatus(id, 3, now.minusSeconds(60), RequestStatus.RESOLVED);
		publishStatus(id, 2, now.plusSeconds(60), RequestStatus.IN_PROGRESS);
		publishStatus(id, 2, now.plusSeconds(60), RequestStatus.IN_PROGRESS);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					this.mongo.findById(ServiceRequest.keyOf(Open311Client.DEMO, id), ServiceRequest.class).statuses())
				.containsKeys("1", "2", "3"));
		assertThat(readRequest(id)).containsEntry("status", "closed")
			.containsEntry("status_notes", "RESOLVED by test")
			.containsEntry("agency_responsible", "Roads and Sidewalks");
	}

	private void publishStatus(String id, long sequence, Instant at, RequestStatus status) {
		EventEnvelope<ServiceRequestStatusChanged> event = new EventEnvelope<>(UUID.randomUUID().toString(),
				ServiceRequestStatusChanged.TYPE, ServiceRequestStatusChanged.VERSION, Open311Client.DEMO, id, at, null,
				new ServiceRequestStatusChanged(sequence, status, "roads", "Roads and Sidewalks", null, "ward-2",
						"Ward 2", status + " by test", "test", null));
		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, id, this.json.writeValueAsString(event));
	}

	private Map<String, Object> readRequest(String id) {
		return open311().get("/requests/" + id + ".json?jurisdiction_id=" + Open311Client.DEMO).first();
	}

	private List<String> keys(String topic) {
		return this.kafka.readAll(topic).stream().map(ConsumerRecord::key).toList();
	}

	private long storedRequests() {
		return this.mongo.count(new Query(), ServiceRequest.class);
	}

}
