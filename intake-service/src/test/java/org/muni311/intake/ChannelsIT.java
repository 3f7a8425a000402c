package org.muni311.intake;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.Topics;
import org.muni311.contracts.webhook.WebhookSignature;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.intake.ChannelClients.Reply;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.municipality.ApiKeys;
import org.muni311.municipality.Configurations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The phone channel (agents file for callers, look up their history), the social webhook,
 * and duplicates with "me too", over HTTP with real staff sign-in, Kafka and store.
 */
@ChannelsContext
class ChannelsIT {

	static final String AGENT_BASE = "/agent/v1/municipalities/" + Open311Fixtures.TENANT;

	@LocalServerPort
	int port;

	@Autowired
	Configurations configurations;

	@Autowired
	ApiKeys keys;

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	private final HttpClient http = HttpClient.newHttpClient();

	private ChannelClients clients;

	@BeforeEach
	void municipality() {
		Open311Fixtures.ensure(this.configurations, this.keys, this.json);
		this.clients = new ChannelClients(this.port, this.json);
	}

	@Test
	void anAgentFilesForACallerWhoIsSubscribedAsCallerAndFindsTheCallersHistory() {
		String phone = "+1613555" + ThreadLocalRandom.current().nextInt(1000, 9999);
		Reply filed = call("POST", AGENT_BASE + "/requests", "agent-7:agent-pw", """
				{"service_code": "sign", "address_string": "12 Elm St", "description": "Stop sign down",
				 "attribute": {"kind": ["missing"]},
				 "caller": {"phone": "%s", "first_name": "Ana", "language": "fr"}}""".formatted(phone));

		assertThat(filed.status()).as(filed.body()).isEqualTo(200);
		String id = filed.json().path("service_request_id").asString();
		ServiceRequest stored = this.mongo.findById(ServiceRequest.keyOf(Open311Fixtures.TENANT, id),
				ServiceRequest.class);
		assertThat(stored.channel()).isEqualTo("phone");
		assertThat(stored.filedBy()).isEqualTo("agent-7");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(KafkaTestClient.shared().readAll(Topics.REQUESTS_SUBSCRIPTIONS))
				.anySatisfy((record) -> {
					assertThat(record.key()).isEqualTo(id);
					assertThat(record.value()).contains("\"role\":\"caller\"", phone, "\"channel\":\"phone\"");
				}));

		Reply history = call("GET", AGENT_BASE + "/callers?phone=" + phone.replace("+", "%2B"), "agent-7:agent-pw",
				null);
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.json().findValuesAsString("service_request_id")).containsExactly(id);
		String asSaid = "(613) 555-" + phone.substring(phone.length() - 4);
		Reply written = call("GET", AGENT_BASE + "/callers?phone=" + URLEncoder.encode(asSaid, StandardCharsets.UTF_8),
				"agent-7:agent-pw", null);
		assertThat(written.json().findValuesAsString("service_request_id")).as("the same number written another way")
			.containsExactly(id);
	}

	/**
	 * Intake's lines of the go-live checklist: a test request filed, and staff to take
	 * calls and do the work (this municipality has agents among intake's users, no crew
	 * member).
	 */
	@Test
	void intakeAddsItsStaffAndTestRequestLinesToTheGoLiveChecklist() {
		Reply filed = call("POST", AGENT_BASE + "/requests", "agent-7:agent-pw", """
				{"service_code": "graffiti", "lat": 45.42, "long": -75.69, "description": "Tag on the wall",
				 "caller": {"email": "golive@example.org", "language": "en"}}""");
		assertThat(filed.status()).as(filed.body()).isEqualTo(200);

		Reply checklist = call("GET", "/admin/v1/municipalities/" + Open311Fixtures.TENANT + "/go-live",
				"platform:platform-pw", null);

		assertThat(checklist.status()).as(checklist.body()).isEqualTo(200);
		Map<String, JsonNode> checks = new HashMap<>();
		checklist.json().path("checks").forEach((check) -> checks.put(check.path("id").asString(), check));
		assertThat(checks.get("test-request").path("passed").asBoolean()).isTrue();
		assertThat(checks.get("staff").path("passed").asBoolean()).isFalse();
		assertThat(checks.get("staff").path("detail").asString()).as("its agents are intake's configured users")
			.startsWith("add a crew member");
		assertThat(checklist.json().path("ready").asBoolean()).isFalse();
	}

	@Test
	void onlyAgentsOfTheMunicipalityMayUseTheAgentApi() {
		String body = "{\"service_code\": \"graffiti\", \"address_string\": \"1 Main\"}";
		long before = this.mongo.count(new Query(), ServiceRequest.class);

		assertThat(call("POST", AGENT_BASE + "/requests", null, body).status()).isEqualTo(401);
		assertThat(call("POST", AGENT_BASE + "/requests", "clerk-a:clerk-pw", body).status()).isEqualTo(403);
		assertThat(call("POST", AGENT_BASE + "/requests", "platform:platform-pw", body).status())
			.as("a platform administrator is no agent")
			.isEqualTo(403);
		assertThat(
				call("POST", "/agent/v1/municipalities/" + Open311Client.DEMO + "/requests", "agent-7:agent-pw", body)
					.status())
			.as("an agent of another municipality")
			.isEqualTo(403);
		Reply invalid = call("POST", AGENT_BASE + "/requests", "agent-7:agent-pw",
				"{\"service_code\": \"sign\", \"lat\": \"0x1p3\", \"long\": \"1\"}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("lat must be a decimal number", "attribute[kind] is required");
		assertThat(this.mongo.count(new Query(), ServiceRequest.class)).isEqualTo(before);
	}

	@Test
	void offersOpenRequestsOfTheSameServiceWithin50MetresAndLetsAResidentSayMeToo() {
		double lat = 45.30 + ThreadLocalRandom.current().nextDouble(0.1);
		double lon = -75.80 + ThreadLocalRandom.current().nextDouble(0.1);
		String near = open311("graffiti", lat, lon);
		String alsoNear = open311("graffiti", lat + 0.0002, lon);
		String far = open311("graffiti", lat + 0.002, lon);
		String otherService = open311("bench", lat, lon);

		Reply offered = call("GET", "/intake/v1/duplicates?jurisdiction_id=" + Open311Fixtures.TENANT
				+ "&service_code=graffiti&lat=" + (lat + 0.0001) + "&long=" + lon, null, null);
		Reply agentOffered = call("GET", AGENT_BASE + "/duplicates?service_code=graffiti&lat=" + lat + "&long=" + lon,
				"agent-7:agent-pw", null);

		assertThat(offered.status()).as(offered.body()).isEqualTo(200);
		assertThat(offered.json().findValuesAsString("service_request_id")).containsExactlyInAnyOrder(near, alsoNear)
			.doesNotContain(far, otherService);
		assertThat(offered.body()).doesNotContain("resident@").doesNotContain("email");
		assertThat(agentOffered.json().findValuesAsString("service_request_id")).contains(near, alsoNear);

		long before = this.mongo.count(new Query(), ServiceRequest.class);
		Reply meToo = call("POST", "/intake/v1/requests/" + near + "/followers", null, """
				{"jurisdiction_id": "%s", "api_key": "%s", "email": "neighbour@example.org", "language": "fr"}"""
			.formatted(Open311Fixtures.TENANT, Open311Fixtures.KEY));
		assertThat(meToo.status()).as(meToo.body()).isEqualTo(200);
		assertThat(this.mongo.count(new Query(), ServiceRequest.class)).as("no new request").isEqualTo(before);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(KafkaTestClient.shared().readAll(Topics.REQUESTS_SUBSCRIPTIONS))
				.anySatisfy((record) -> {
					assertThat(record.key()).isEqualTo(near);
					assertThat(record.value()).contains("neighbour@example.org", "\"role\":\"follower\"");
				}));
		assertThat(call("POST", "/intake/v1/requests/" + near + "/followers", null,
				"{\"jurisdiction_id\": \"%s\", \"api_key\": \"wrong\", \"email\": \"a@b.example\"}"
					.formatted(Open311Fixtures.TENANT))
			.status()).isEqualTo(403);
	}

	@Test
	void aSignedSocialPostBecomesOneRequestMappedByKeywordKeepingTheHandle() throws Exception {
		String postId = "post-" + ThreadLocalRandom.current().nextInt(1_000_000);
		String body = """
				{"post_id": "%s", "text": "Le panneau d'arrêt est tombé <b>ici</b>", "author_handle": "@voisine",
				 "place": "rue Elgin", "language": "fr"}""".formatted(postId);
		Instant now = Instant.now();

		Reply first = social(body, sign("social-test-secret", now, body));
		Reply redelivered = social(body, sign("social-test-secret", now, body));
		Reply forged = social(body.replace("voisine", "mallory"), sign("social-test-secret", now, body));
		Reply wrongSecret = social(body, sign("guess", now, body));
		Reply replayedLater = social(body, sign("social-test-secret", now.minusSeconds(3600), body));
		Reply unsigned = social(body, "sha256=" + sign("social-test-secret", now, body).split("v1=")[1]);
		String changed = body.replace("tombé", "plié");
		Reply changedUnderTheSameId = social(changed, sign("social-test-secret", now, changed));
		String other = body.replace(postId, postId + "b").replace("panneau", "chat");
		Reply unclassified = social(other, sign("social-test-secret", now, other));

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		String id = first.json().path("service_request_id").asString();
		assertThat(first.json().path("service_code").asString()).as("keyword panneau").isEqualTo("sign");
		assertThat(redelivered.json().path("service_request_id").asString()).isEqualTo(id);
		assertThat(changedUnderTheSameId.status()).as("a different post under a known post_id").isEqualTo(422);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(wrongSecret.status()).isEqualTo(401);
		assertThat(replayedLater.status()).isEqualTo(401);
		assertThat(unsigned.status()).as("a signature without its time").isEqualTo(401);
		assertThat(unclassified.json().path("service_code").asString()).isEqualTo("unclassified");
		ServiceRequest stored = this.mongo.findById(ServiceRequest.keyOf(Open311Fixtures.TENANT, id),
				ServiceRequest.class);
		assertThat(stored.channel()).isEqualTo("social");
		assertThat(stored.description()).as("stored as given").contains("<b>ici</b>");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(KafkaTestClient.shared().readAll(Topics.REQUESTS_SUBSCRIPTIONS))
				.anySatisfy((record) -> {
					assertThat(record.key()).isEqualTo(id);
					assertThat(record.value()).contains("\"socialHandle\":\"@voisine\"", "\"channel\":\"social\"");
				}));
		assertThat(
				new Open311Client(this.port).get("/requests/" + id + ".json?jurisdiction_id=" + Open311Fixtures.TENANT)
					.raw())
			.as("the handle is contact data")
			.doesNotContain("voisine");
	}

	private Reply social(String body, String signature) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(
					"http://localhost:" + this.port + "/social/v1/municipalities/" + Open311Fixtures.TENANT + "/posts"))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER, signature)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body(), null);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(String secret, Instant at, String body) {
		return WebhookSignature.sign(secret, at, body.getBytes(StandardCharsets.UTF_8));
	}

	private String open311(String service, double lat, double lon) {
		Open311Client.Answer answer = new Open311Client(this.port).post("/requests.json",
				"application/x-www-form-urlencoded",
				Open311Fixtures.form(service, "Dup", "")
					.replace("lat=45.4215&long=-75.6972",
							"lat=" + String.format("%.6f", lat) + "&long=" + String.format("%.6f", lon)));
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		Map<String, Object> first = answer.first();
		return (String) first.getOrDefault("service_request_id", first.get("token"));
	}

	private Reply call(String method, String path, String credentials, String body) {
		return this.clients.staff(method, path, credentials, body);
	}

}
