package org.muni311.deploy.local;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.muni311.deploy.testsupport.Csv;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New York City's 2,000 requests of 2011 as its residents would file them: the city
 * configured through the admin API (its boroughs and community districts as layers, each
 * complaint type to the agency it recorded), then every request POSTed to Open311, with
 * its coordinates or, lacking them, its address.
 */
final class NycOpen311 {

	static final String TENANT = "nyc.e2e.example";

	static final Path FOLDER = Onboarding.SHARED_DATA.resolve("nyc");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int intakePort;

	NycOpen311(int intakePort) {
		this.intakePort = intakePort;
	}

	static boolean present() {
		return Files.isRegularFile(FOLDER.resolve("311_service_requests_2k_2011.csv"))
				&& Files.isRegularFile(FOLDER.resolve("boroughs.geojson"))
				&& Files.isRegularFile(FOLDER.resolve("community_districts.geojson"));
	}

	/**
	 * The city's requests as recorded: key, complaint type and agency as codes, borough,
	 * coordinates.
	 */
	static List<Row> rows() throws Exception {
		return Csv.rows(Files.readAllLines(FOLDER.resolve("311_service_requests_2k_2011.csv"), StandardCharsets.UTF_8))
			.stream()
			.map((row) -> new Row(row.get("Unique Key"), code(row.get("Complaint Type")), row.get("Complaint Type"),
					code(row.get("Agency")), row.get("Borough"), row.get("Latitude"), row.get("Longitude"),
					row.get("Incident Address")))
			.toList();
	}

	/** Brings the city on through the admin API; answers an Open311 key. */
	String configure(Onboarding clerk, List<Row> rows) throws Exception {
		clerk.putLayer(TENANT, "boroughs", Files.readString(FOLDER.resolve("boroughs.geojson")),
				"id_property=BoroCode&name_property=BoroName");
		clerk.putLayer(TENANT, "districts", Files.readString(FOLDER.resolve("community_districts.geojson")),
				"id_property=BoroCD&name_property=BoroCD");
		ObjectNode configuration = this.json.createObjectNode();
		configuration.putObject("name").put("en", "New York City");
		configuration.put("timeZone", "America/New_York");
		configuration.putArray("languages").add("en");
		ArrayNode services = configuration.putArray("services");
		ArrayNode departments = configuration.putArray("departments");
		ArrayNode rules = configuration.putArray("rules");
		departments.addObject().put("id", "triage").putObject("name").put("en", "311 Triage");
		Map<String, String> agencyOf = new LinkedHashMap<>();
		rows.forEach((row) -> agencyOf.putIfAbsent(row.service(), row.agency()));
		Map<String, String> names = new LinkedHashMap<>();
		rows.forEach((row) -> names.putIfAbsent(row.service(), row.complaintType()));
		agencyOf.values()
			.stream()
			.distinct()
			.forEach((agency) -> departments.addObject()
				.put("id", agency)
				.putObject("name")
				.put("en", agency.toUpperCase(Locale.ROOT)));
		agencyOf.forEach((service, agency) -> {
			services.addObject()
				.put("code", service)
				.put("type", "realtime")
				.putObject("name")
				.put("en", names.get(service));
			rules.addObject().put("service", service).put("department", agency).put("priority", 0);
		});
		configuration.put("triageDepartment", "triage");
		clerk.configure(TENANT, configuration);
		return clerk.issueKey(TENANT);
	}

	/** Files one row through Open311; answers its service request id. */
	String file(Row row, String key) throws Exception {
		StringBuilder form = new StringBuilder("jurisdiction_id=" + TENANT + "&api_key=" + key + "&service_code="
				+ row.service() + "&description=" + encode("NYC " + row.key()));
		if (row.located()) {
			form.append("&lat=").append(row.latitude()).append("&long=").append(row.longitude());
		}
		else {
			form.append("&address_string=")
				.append(encode(row.address().isBlank() ? "address not recorded" : row.address()));
		}
		HttpResponse<String> answer = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.intakePort + "/open311/v2/requests.json"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(row + ": " + answer.body()).isEqualTo(200);
		return this.json.readTree(answer.body()).get(0).path("service_request_id").asString();
	}

	static String code(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * One recorded request.
	 *
	 * @param key the city's unique key
	 * @param service its complaint type as a code
	 * @param complaintType as recorded
	 * @param agency the agency the city sent it to, as a code
	 * @param borough the borough recorded, upper case
	 * @param latitude as recorded, blank when none
	 * @param longitude as recorded, blank when none
	 * @param address as recorded
	 */
	record Row(String key, String service, String complaintType, String agency, String borough, String latitude,
			String longitude, String address) {

		boolean located() {
			return !this.latitude.isBlank() && !this.longitude.isBlank();
		}

	}

}
