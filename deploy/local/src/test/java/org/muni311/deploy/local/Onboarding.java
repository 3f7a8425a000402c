package org.muni311.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk bringing a municipality on through the admin API only, as README shows it with
 * curl: import another system's Open311 catalogue, upload boundaries, write departments
 * and rules, issue a key.
 */
final class Onboarding {

	/** The real data kept beside the project, when this checkout has it. */
	static final Path SHARED_DATA = Path.of(System.getProperty("user.dir")).resolve("../../../shared/data").normalize();

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	Onboarding(int intakePort, String username, String password) {
		this.base = "http://localhost:" + intakePort;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Bloomington's real services.json when present, else a small one in the same shape.
	 */
	static String servicesJson() throws IOException {
		Path real = SHARED_DATA.resolve("open311/services_bloomington_in.json");
		if (Files.isRegularFile(real)) {
			return Files.readString(real);
		}
		return """
				[{"service_code":"pothole","service_name":"Potholes","type":"realtime","description":"Holes",
				  "metadata":false,"keywords":"","group":"Streets"},
				 {"service_code":"graffiti","service_name":"Graffiti","type":"realtime","description":"Tags",
				  "metadata":false,"keywords":"","group":"Most Popular"}]""";
	}

	/**
	 * NYC's borough polygons when present (id BoroCode, name BoroName), else one square
	 * around Manhattan.
	 */
	static Optional<Path> boroughs() {
		Path real = SHARED_DATA.resolve("nyc/boroughs.geojson");
		return Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
	}

	static String manhattanSquare() {
		return """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"BoroCode":1,
				"BoroName":"Manhattan"},"geometry":{"type":"Polygon","coordinates":[[[-74.03,40.69],[-73.90,40.69],
				[-73.90,40.88],[-74.03,40.88],[-74.03,40.69]]]}}]}""";
	}

	JsonNode importCatalogue(String servicesJson) throws Exception {
		return call("POST", "/admin/v1/catalogue-imports/open311?language=en", servicesJson, 200);
	}

	JsonNode putLayer(String tenant, String layer, String geoJson, String query) throws Exception {
		return call("PUT", "/admin/v1/municipalities/" + tenant + "/layers/" + layer + "?" + query, geoJson, 200);
	}

	JsonNode configure(String tenant, ObjectNode configuration) throws Exception {
		return call("PUT", "/admin/v1/municipalities/" + tenant, this.json.writeValueAsString(configuration), 200);
	}

	String issueKey(String tenant) throws Exception {
		return call("POST", "/admin/v1/municipalities/" + tenant + "/api-keys", "{\"label\":\"e2e\"}", 201).path("key")
			.asString();
	}

	/**
	 * A configuration: every imported group its own department, and {@code group}'s
	 * requests in Manhattan (borough 1 of the {@code boroughs} layer) to a Manhattan
	 * department first.
	 */
	ObjectNode configuration(JsonNode imported, String group) {
		ObjectNode configuration = this.json.createObjectNode();
		configuration.putObject("name").put("en", "Onboarded City");
		configuration.put("timeZone", "America/New_York");
		configuration.putArray("languages").add("en");
		configuration.set("groups", imported.path("groups"));
		configuration.set("services", imported.path("services"));
		ArrayNode departments = configuration.putArray("departments");
		departments.addObject().put("id", "triage").putObject("name").put("en", "Triage");
		ArrayNode rules = configuration.putArray("rules");
		for (JsonNode imports : imported.path("groups")) {
			String code = imports.path("code").asString();
			departments.addObject().put("id", "dept-" + code).set("name", imports.path("name"));
			rules.addObject().put("group", code).put("department", "dept-" + code).put("priority", 0);
		}
		departments.addObject().put("id", "manhattan-works").putObject("name").put("en", "Manhattan Works");
		rules.insertObject(0)
			.put("group", group)
			.put("layer", "boroughs")
			.put("area", "1")
			.put("department", "manhattan-works")
			.put("priority", 10);
		configuration.put("triageDepartment", "triage");
		return configuration;
	}

	private JsonNode call(String method, String path, String body, int expected) throws Exception {
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", this.authorization)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
		return this.json.readTree(answer.body());
	}

}
