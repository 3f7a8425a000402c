package org.muni311.municipality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.ApiDocs;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.municipality.AdminClient.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin API over HTTP (the clerk's room on its own, as a service deploys it), signed
 * in as staff, with real Kafka and a real MongoDB-compatible store: a municipality
 * configured from nothing, every bad change refused with all its problems and nothing
 * stored, and one municipality's administrator kept out of another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "muni311.security.users[0].username=platform",
				"muni311.security.users[0].password={noop}platform-pw",
				"muni311.security.users[0].roles=PLATFORM_ADMIN", "muni311.security.users[1].username=clerk-a",
				"muni311.security.users[1].password={noop}clerk-pw",
				"muni311.security.users[1].municipalities[0].roles=MUNICIPALITY_ADMIN",
				"muni311.security.users[1].municipalities[0].id=a.admin-it.example" })
@Import(InfrastructureTestConfiguration.class)
class MunicipalityAdminIT {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Municipalities municipalities;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private AdminClient platform() {
		return new AdminClient(this.port, "platform", "platform-pw");
	}

	private static String newTenant() {
		return "t" + UUID.randomUUID().toString().substring(0, 8) + ".admin-it.example";
	}

	@Test
	void configuresAMunicipalityFromNothingAndPublishesEachVersionOnItsTopic() {
		String tenant = newTenant();
		Answer wards = platform().put(tenant + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS);
		assertThat(wards.status()).as(wards.raw()).isEqualTo(200);
		assertThat(wards.json().path("version").asLong()).isEqualTo(1);
		assertThat(wards.json().path("report").path("features").asInt()).isEqualTo(2);

		Answer configured = platform().put(tenant, AdminFixtures.configuration(tenant, "roads"));
		assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
		assertThat(configured.json().path("version").asLong()).isEqualTo(1);
		Answer changed = platform().put(tenant, AdminFixtures.configuration(tenant, "bylaw"));
		assertThat(changed.json().path("version").asLong()).isEqualTo(2);

		Answer read = platform().get(tenant);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("version").asLong()).isEqualTo(2);
		assertThat(read.json().path("updatedBy").asString()).isEqualTo("platform");
		assertThat(read.json().path("configuration").path("services").get(0).path("code").asString())
			.isEqualTo("pothole");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(values(Topics.MUNICIPALITIES_CONFIG, tenant)).hasSize(2)
				.last()
				.asString()
				.contains("\"version\":2", "\"department\":\"bylaw\"");
			assertThat(values(Topics.MUNICIPALITIES_LAYERS, tenant + ":wards")).singleElement()
				.asString()
				.contains("\"layer\":\"wards\"", "\"id\":\"W1\"");
		});
	}

	/**
	 * Every change a version, who made it and when; what changed between two, by the
	 * paths a clerk writes; an earlier one restored as the next version.
	 */
	@Test
	void keepsEveryVersionShowsWhatChangedAndRestoresAnEarlierOne() {
		String tenant = newTenant();
		assertThat(platform().put(tenant + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS).status())
			.isEqualTo(200);
		assertThat(platform().put(tenant, AdminFixtures.configuration(tenant, "roads")).status()).isEqualTo(200);
		assertThat(platform()
			.put(tenant,
					AdminFixtures.configuration(tenant, "bylaw")
						.replace("\"expectedResponseHours\": 72", "\"expectedResponseHours\": 48"))
			.status()).isEqualTo(200);

		assertThat(this.mongo.count(Query.query(Criteria.where("tenant").is(tenant)),
				ConfigurationVersions.Kept.COLLECTION))
			.as("each version kept as soon as it is stored, the current one too")
			.isEqualTo(2);
		Answer versions = platform().get(tenant + "/versions");
		assertThat(versions.status()).as(versions.raw()).isEqualTo(200);
		assertThat(versions.json().findValuesAsString("updatedBy")).containsExactly("platform", "platform");
		assertThat(versions.json().findValues("version").stream().map(JsonNode::asLong)).containsExactly(2L, 1L);
		Answer changes = platform().get(tenant + "/versions/1/changes/2");
		assertThat(changes.status()).as(changes.raw()).isEqualTo(200);
		assertThat(changes.json().findValuesAsString("path")).as(changes.raw())
			.containsExactlyInAnyOrder("services[pothole].expectedResponseHours", "rules[2].department");
		assertThat(changes.json().get(1).path("before").asString()).isEqualTo("roads");
		assertThat(changes.json().get(1).path("after").asString()).isEqualTo("bylaw");

		Answer restored = platform().post(tenant + "/versions/1/restore", Map.of());
		assertThat(restored.status()).as(restored.raw()).isEqualTo(200);
		assertThat(restored.json().path("version").asLong()).isEqualTo(3);
		assertThat(platform().get(tenant + "/versions/1/changes/3").json()).as("version 3 is version 1").isEmpty();
		assertThat(
				platform().get(tenant).json().path("configuration").path("rules").get(2).path("department").asString())
			.isEqualTo("roads");
		Answer unknown = platform().get(tenant + "/versions/9");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("detail").asString()).contains("its versions are 1 to 3");
	}

	@Test
	void refusesAConfigurationWithProblemsListingEveryOneAndStoresNothing() {
		String tenant = newTenant();
		String broken = AdminFixtures.configuration(tenant, "nowhere")
			.replace("\"timeZone\": \"America/Toronto\"", "\"timeZone\": \"Mars/Olympus\"")
			.replace("\"code\": \"graffiti\"", "\"code\": \"pothole\"")
			.replace("\"values\": [{\"key\": \"small\"", "\"values\": [], \"x\": [{\"key\": \"small\"")
			.replace("\"layer\": \"wards\"", "\"layer\": \"zones\"");

		Answer answer = platform().put(tenant,
				broken.replace(", \"x\": [", ", \"unused\": [")
					.replace("\"departments\":", "\"departmnets\":")
					.replace("\"expectedResponseHours\": 72", "\"expectedResponseHours\": \"48h\""));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.problems()).as("every mismatch of shape at once, by its JSON path, in a clerk's words")
			.contains("services[0].attributes[0].unused: not a field here",
					"departmnets: not a field here; did you mean 'departments'?",
					"services[0].expectedResponseHours: a whole number of hours, not \\\"48h\\\"")
			.doesNotContain("org.muni311", "java.util", "Unrecognized");

		answer = platform().put(tenant, broken.replaceAll(", \"x\": \\[[^]]*]", ""));
		assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.problems()).contains("Mars/Olympus", "'pothole' is listed more than once",
				"needs values to choose from", "department 'nowhere' is not listed",
				"layer 'zones' has not been imported");
		assertThat(platform().get(tenant).status()).as("nothing stored").isEqualTo(404);
		awaitAPublicationAfterThis();
		assertThat(values(Topics.MUNICIPALITIES_CONFIG, tenant)).as("nothing published").isEmpty();
	}

	@Test
	void anAreaNamedByItsNameIsRefusedWithItsIdAndAnUnknownOneWithTheAreasTheLayerHas() {
		String tenant = newTenant();
		assertThat(platform().put(tenant + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS).status())
			.isEqualTo(200);

		Answer byName = platform().put(tenant,
				AdminFixtures.configuration(tenant, "roads").replace("\"area\": \"W1\"", "\"area\": \"Ward W1\""));
		assertThat(byName.status()).isEqualTo(400);
		assertThat(byName.problems()).contains("'Ward W1' is the name of area 'W1': name the area by its id");
		Answer unknown = platform().put(tenant,
				AdminFixtures.configuration(tenant, "roads").replace("\"area\": \"W1\"", "\"area\": \"W9\""));
		assertThat(unknown.problems())
			.contains("layer 'wards' has no area 'W9'; its areas are 'W1' (Ward W1), 'W2' (Ward W2)");
	}

	@Test
	void aLanguageRefusedBringsNoProblemsOrWarningsAboutItsTexts() {
		String tenant = newTenant();
		assertThat(platform().put(tenant + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS).status())
			.isEqualTo(200);
		Answer answer = platform().put(tenant, AdminFixtures.configuration(tenant, "roads")
			.replace("\"languages\": [\"en\", \"fr\"]", "\"languages\": [\"en\", \"fr\", \"es\"]"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("problems").size()).as(answer.raw()).isOne();
		assertThat(answer.json().path("problems").get(0).asString())
			.isEqualTo("languages: 'es' is not served; use " + ConfigurationCheck.LANGUAGES);
		assertThat(answer.json().path("warnings").toString()).doesNotContain("'es'");
	}

	/**
	 * The OpenAPI document carries the bodies of the two uploads and the 400 answer of
	 * every admin call.
	 */
	@Test
	void theApiDocumentCarriesTheRequestBodiesAndTheRefusalsOfEveryAdminCall() {
		ApiDocs.Answer docs = new ApiDocs(this.port).document();
		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = JsonMapper.builder().build().readTree(docs.body()).path("paths");

		JsonNode configure = paths.path("/admin/v1/municipalities/{jurisdictionId}").path("put");
		assertThat(configure.path("requestBody").path("required").asBoolean()).isTrue();
		assertThat(configure.path("requestBody").path("content").path("application/json").path("schema").toString())
			.contains("MunicipalityConfiguration");
		assertThat(paths.path("/admin/v1/municipalities/{jurisdictionId}/layers/{layer}")
			.path("put")
			.path("requestBody")
			.path("content")
			.has("application/geo+json")).isTrue();
		List<String> operations = new ArrayList<>();
		paths.properties()
			.stream()
			.filter((path) -> path.getKey().startsWith("/admin/v1/municipalities"))
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> operations.add(operation.getKey() + " " + path.getKey() + " "
						+ operation.getValue().path("responses").has("400"))));
		assertThat(operations).hasSizeGreaterThanOrEqualTo(8)
			.allSatisfy((operation) -> assertThat(operation).endsWith("true"));
	}

	/**
	 * Address points: a file of points with civic addresses, replaced whole by the next,
	 * placing an address written loosely; a file of areas, or of points outside WGS84,
	 * refused with nothing changed.
	 */
	@Test
	void importsAddressPointsThatPlaceAnAddressAndRefusesAFileThatIsNotOne() {
		String tenant = newTenant();
		String points = """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {"civic": "12", "street": "Elm Street"},
				   "geometry": {"type": "Point", "coordinates": [-79.95, 44.05]}},
				  {"type": "Feature", "properties": {"civic": "14", "street": "Elm Street"},
				   "geometry": {"type": "Point", "coordinates": [-79.94, 44.05]}},
				  {"type": "Feature", "properties": {"civic": "14", "street": "Elm St."},
				   "geometry": {"type": "Point", "coordinates": [-79.80, 44.00]}},
				  {"type": "Feature", "properties": {"street": "Elm Street"},
				   "geometry": {"type": "Point", "coordinates": [-79.93, 44.05]}}]}""";
		String parts = "?number_property=civic&street_property=street";

		Answer dryRun = platform().put(tenant + "/address-points" + parts + "&dry_run=true", points);
		assertThat(dryRun.status()).as(dryRun.raw()).isEqualTo(200);
		assertThat(dryRun.json().path("applied").asBoolean()).isFalse();
		assertThat(platform().get(tenant + "/address-points").status()).as("a dry run stores nothing").isEqualTo(404);
		Answer imported = platform().put(tenant + "/address-points" + parts, points);
		assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
		assertThat(imported.json().path("report").path("addresses").asInt()).isEqualTo(2);
		assertThat(imported.json().path("report").path("warnings").toString())
			.as("a twice-listed address and one without a number are told, not refused")
			.contains("Feature 3: '14 Elm St.' is listed before", "Feature 4: 'Elm Street' has no civic number");
		Answer placed = platform().get(tenant + "/address-points/place?address=Unit%204%2C%2012%20ELM%20ST");
		assertThat(placed.json().path("outcome").asString()).as(placed.raw()).isEqualTo("PLACED");
		assertThat(placed.json().path("point").path("lat").asDouble()).isEqualTo(44.05);
		assertThat(platform().get(tenant + "/address-points/place?address=16%20Elm%20St")
			.json()
			.path("outcome")
			.asString()).isEqualTo("NOT_PLACED");

		Answer areas = platform().put(tenant + "/address-points", AdminFixtures.TWO_WARDS);
		assertThat(areas.status()).isEqualTo(400);
		assertThat(areas.problems()).contains("Feature 1 is a Polygon: address points are Points");
		Answer projected = platform().put(tenant + "/address-points" + parts,
				points.replace("[-79.95, 44.05]", "[630000, 4870000]"));
		assertThat(projected.problems()).contains("is not WGS84 longitude/latitude");

		String replacement = points.replace("\"12\"", "\"18\"");
		assertThat(platform().put(tenant + "/address-points" + parts, replacement).status()).isEqualTo(200);
		assertThat(platform().get(tenant + "/address-points").json().path("version").asLong()).isEqualTo(2);
		assertThat(platform().get(tenant + "/address-points/place?address=12%20Elm%20St")
			.json()
			.path("outcome")
			.asString()).as("the whole set replaced").isEqualTo("NOT_PLACED");
		assertThat(platform().get(tenant + "/address-points/place?address=18%20Elm%20St")
			.json()
			.path("outcome")
			.asString()).isEqualTo("PLACED");
	}

	@Test
	void refusesBadLayerUploadsListingEveryProblemAndStoresNothing() {
		String tenant = newTenant();
		Map<String, String> cases = Map.of("not valid JSON", "{\"type\": \"FeatureCollection\", \"features\": [",
				"not a GeoJSON FeatureCollection", "{\"type\": \"Topology\"}", "EPSG:2958",
				AdminFixtures.TWO_WARDS.replace("\"features\"",
						"\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:2958\"}}, \"features\""),
				"Point", AdminFixtures.feature("P", "{\"type\": \"Point\", \"coordinates\": [-79.9, 44.0]}"),
				"outside WGS84", AdminFixtures.square("X", 630000, 4870000, 640000, 4880000), "not closed",
				AdminFixtures.feature("U",
						"{\"type\": \"Polygon\", \"coordinates\": [[[-80,44],[-79.9,44],[-79.9,44.1],[-80,44.1]]]}"),
				"not a valid polygon", AdminFixtures.feature("B",
						"{\"type\": \"Polygon\", \"coordinates\": [[[-80,44],[-79.9,44.1],[-79.9,44],[-80,44.1],[-80,44]]]}"));
		cases.forEach((expected, body) -> {
			Answer answer = platform().put(tenant + "/layers/wards?id_property=code", body);
			assertThat(answer.status()).as(expected + ": " + answer.raw()).isEqualTo(400);
			assertThat(answer.problems()).as("the problem is named").contains(expected);
		});
		byte[] huge = new byte[50 * 1024 * 1024 + 10];
		Arrays.fill(huge, (byte) ' ');
		Answer tooBig = platform().put(tenant + "/layers/wards?id_property=code", huge);
		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.problems()).contains("50 MB");
		assertThat(platform().get(tenant + "/layers/wards").status()).as("nothing stored").isEqualTo(404);
		awaitAPublicationAfterThis();
		assertThat(values(Topics.MUNICIPALITIES_LAYERS, tenant + ":wards")).as("nothing published").isEmpty();
	}

	@Test
	void aDryRunReportsTheImportWithoutApplyingIt() {
		String tenant = newTenant();

		Answer dryRun = platform().put(tenant + "/layers/wards?id_property=code&dry_run=true", AdminFixtures.TWO_WARDS);

		assertThat(dryRun.status()).as(dryRun.raw()).isEqualTo(200);
		assertThat(dryRun.json().path("applied").asBoolean()).isFalse();
		assertThat(dryRun.json().path("report").path("features").asInt()).isEqualTo(2);
		assertThat(platform().get(tenant + "/layers/wards").status()).isEqualTo(404);
	}

	@Test
	void refusesALayerImportThatWouldTakeAwayAnAreaARuleRoutes() {
		String tenant = newTenant();
		platform().put(tenant + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS);
		assertThat(platform().put(tenant, AdminFixtures.configuration(tenant, "roads")).status()).isEqualTo(200);

		Answer answer = platform().put(tenant + "/layers/wards?id_property=code",
				AdminFixtures.square("W2", -79.9, 44.0, -79.8, 44.1));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.problems()).contains("'W1'");
	}

	@Test
	void theGoLiveChecklistSaysWhatIsMissingUntilNothingIs() {
		String tenant = newTenant();
		assertThat(platform().put(tenant + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS).status())
			.isEqualTo(200);
		assertThat(platform()
			.put(tenant,
					AdminFixtures.configuration(tenant, "roads")
						.replace("\"fr\": \"Nid-de-poule\"", "\"fr\": \"\"")
						.replace("{\"service\": \"graffiti\", \"department\": \"roads\", \"priority\": 0}", "")
						.replace("\"priority\": 0},\n", "\"priority\": 0}\n"))
			.status()).isEqualTo(200);

		Answer first = platform().get(tenant + "/go-live");
		assertThat(first.status()).as(first.raw()).isEqualTo(200);
		assertThat(first.json().path("ready").asBoolean()).isFalse();
		assertThat(first.json().path("preview").asString()).isEqualTo("/m/" + tenant);
		assertThat(failed(first)).containsExactlyInAnyOrder("services-routable", "french-complete", "open311-key",
				"staff");
		assertThat(first.raw()).contains("service graffiti: no rule routes it", "service pothole name has no 'fr' text",
				"add an agent and a crew member");

		assertThat(platform().put(tenant, AdminFixtures.configuration(tenant, "roads")).status()).isEqualTo(200);
		assertThat(platform().post(tenant + "/api-keys", Map.of("label", "web")).status()).isEqualTo(201);
		assertThat(
				platform().put(tenant + "/staff/agent-" + tenant.substring(0, 9), "{\"roles\": [\"AGENT\"]}").status())
			.isEqualTo(200);
		assertThat(platform().get(tenant + "/go-live").raw()).as("the staff accounts given here count")
			.contains("add a crew member");
		assertThat(platform()
			.put(tenant + "/staff/crew-" + tenant.substring(0, 9),
					"{\"roles\": [\"CREW\"], \"departments\": [\"roads\"]}")
			.status()).isEqualTo(200);
		Answer ready = platform().get(tenant + "/go-live");
		assertThat(failed(ready)).isEmpty();
		assertThat(ready.json().path("ready").asBoolean()).isTrue();
	}

	private static List<String> failed(Answer checklist) {
		List<String> failed = new ArrayList<>();
		checklist.json().path("checks").forEach((check) -> {
			if (!check.path("passed").asBoolean()) {
				failed.add(check.path("id").asString());
			}
		});
		return failed;
	}

	/**
	 * Staff given roles in a municipality: an account created with a password generated
	 * and shown once, kept and published only as a hash; every problem of a change
	 * listed; another municipality's administrator may give the same person roles there
	 * but not set their password; roles taken away.
	 */
	@Test
	void givesStaffRolesPublishesTheirAccountsWithHashesOnlyAndKeepsOtherMunicipalitiesOut() {
		String tenant = newTenant();
		String own = "a.admin-it.example";
		for (String municipality : List.of(tenant, own)) {
			platform().put(municipality + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS);
			assertThat(platform().put(municipality, AdminFixtures.configuration(municipality, "roads")).status())
				.isEqualTo(200);
		}
		String amy = "amy-" + UUID.randomUUID().toString().substring(0, 6);

		Answer created = platform().put(tenant + "/staff/" + amy, "{\"roles\": [\"AGENT\"]}");
		assertThat(created.status()).as(created.raw()).isEqualTo(200);
		String password = created.json().path("password").asString();
		assertThat(password).as("generated, shown once").hasSize(16);
		Answer crew = platform().put(tenant + "/staff/cole-" + amy,
				"{\"roles\": [\"CREW\"], \"departments\": [\"roads\"], \"password\": \"a-long-enough-password\"}");
		assertThat(crew.status()).as(crew.raw()).isEqualTo(200);
		assertThat(crew.json().path("password").isNull()).as("not shown: the caller gave it").isTrue();
		Answer listed = platform().get(tenant + "/staff");
		assertThat(listed.raw()).contains(amy, "AGENT", "cole-" + amy, "roads").doesNotContain(password, "bcrypt");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(values(Topics.MUNICIPALITIES_STAFF, amy)).singleElement()
				.asString()
				.contains("\"passwordHash\":\"{bcrypt}", tenant, "AGENT")
				.doesNotContain(password));

		Answer bad = platform().put(tenant + "/staff/Bad%20Name",
				"{\"roles\": [\"CREW\", \"SUPERVISOR\"], \"departments\": [\"nowhere\"], \"password\": \"short\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.problems()).contains("username 'Bad Name' must be", "'nowhere' is not a department",
				"password must be 12 to 128 characters");
		assertThat(platform().put(tenant + "/staff/x-" + amy, "{\"roles\": [\"PLATFORM_ADMIN\"]}").problems())
			.contains("PLATFORM_ADMIN is not given by a municipality");
		assertThat(platform().put(tenant + "/staff/x-" + amy, "{\"roles\": [\"CREW\"]}").problems())
			.contains("a crew member works for at least one department");

		AdminClient clerk = new AdminClient(this.port, "clerk-a", "clerk-pw");
		Answer takeover = clerk.put(own + "/staff/" + amy,
				"{\"roles\": [\"AGENT\"], \"password\": \"taken-over-password\"}");
		assertThat(takeover.status()).as("another municipality's administrator sets no password of theirs")
			.isEqualTo(403);
		assertThat(clerk.put(own + "/staff/" + amy, "{\"roles\": [\"SUPERVISOR\"]}").status()).isEqualTo(200);
		assertThat(clerk.get(tenant + "/staff").status()).isEqualTo(403);
		assertThat(clerk.delete(tenant + "/staff/" + amy).status()).isEqualTo(403);

		assertThat(platform().delete(tenant + "/staff/" + amy).status()).isEqualTo(204);
		assertThat(platform().get(tenant + "/staff").raw()).doesNotContain("\"" + amy + "\"");
		assertThat(platform().delete(tenant + "/staff/" + amy).status()).isEqualTo(404);
		assertThat(clerk.get(own + "/staff").raw()).as("still staff of the other").contains(amy, "SUPERVISOR");
	}

	@Test
	void issuedKeysAreAcceptedUntilRevokedAndAreNeverShownAgain() {
		String tenant = newTenant();
		platform().put(tenant + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS);
		platform().put(tenant, AdminFixtures.configuration(tenant, "roads"));

		Answer issued = platform().post(tenant + "/api-keys", Map.of("label", "city app"));
		assertThat(issued.status()).isEqualTo(201);
		String key = issued.json().path("key").asString();
		String keyId = issued.json().path("apiKey").path("id").asString();
		// what Open311 asks of the request side's interface, at once after the change on
		// this instance
		assertThat(this.municipalities.find(tenant).orElseThrow().acceptsApiKey(key)).isTrue();
		assertThat(platform().get(tenant + "/api-keys").raw()).contains(keyId, "city app").doesNotContain(key);

		assertThat(platform().delete(tenant + "/api-keys/" + keyId).status()).isEqualTo(204);

		assertThat(this.municipalities.find(tenant).orElseThrow().acceptsApiKey(key)).isFalse();
	}

	@Test
	void aMunicipalityAdministratorCanNeitherReadNorChangeAnotherMunicipality() {
		String own = "a.admin-it.example";
		String other = newTenant();
		platform().put(other + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS);
		platform().put(other, AdminFixtures.configuration(other, "roads"));
		AdminClient clerk = new AdminClient(this.port, "clerk-a", "clerk-pw");

		assertThat(clerk.put(own + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS).status()).isEqualTo(200);
		assertThat(clerk.put(own, AdminFixtures.configuration(own, "roads")).status()).isEqualTo(200);
		assertThat(clerk.get(other).status()).isEqualTo(403);
		assertThat(clerk.put(other, AdminFixtures.configuration(other, "bylaw")).status()).isEqualTo(403);
		assertThat(clerk.post(other + "/api-keys", Map.of()).status()).isEqualTo(403);
		assertThat(clerk.get(other + "/api-keys").status()).isEqualTo(403);
		assertThat(clerk.delete(other + "/api-keys/any").status()).isEqualTo(403);
		assertThat(clerk.get(other + "/layers").status()).isEqualTo(403);
		assertThat(clerk.get(other + "/layers/wards").status()).isEqualTo(403);
		assertThat(clerk.put(other + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS).status())
			.isEqualTo(403);
		assertThat(platform().get(other).json().path("version").asLong()).as("unchanged").isEqualTo(1);
		assertThat(clerk.get("").raw()).as("the list shows only their own").contains(own).doesNotContain(other);
		assertThat(platform().get("").raw()).contains(own, other);
		assertThat(new AdminClient(this.port, null, null).get(other).status()).isEqualTo(401);
		assertThat(new AdminClient(this.port, "clerk-a", "wrong").get(own).status()).isEqualTo(401);
	}

	/**
	 * Publishes a layer and a configuration and waits for both: what was refused before
	 * would be out by then.
	 */
	private void awaitAPublicationAfterThis() {
		String sentinel = newTenant();
		platform().put(sentinel + "/layers/wards?id_property=code", AdminFixtures.TWO_WARDS);
		platform().put(sentinel, AdminFixtures.configuration(sentinel, "roads"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !values(Topics.MUNICIPALITIES_CONFIG, sentinel).isEmpty()
					&& !values(Topics.MUNICIPALITIES_LAYERS, sentinel + ":wards").isEmpty());
	}

	private List<String> values(String topic, String key) {
		return this.kafka.readAll(topic)
			.stream()
			.filter((record) -> key.equals(record.key()))
			.map(ConsumerRecord::value)
			.toList();
	}

}
