package org.muni311.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.LayerPublished;
import org.muni311.contracts.municipality.LayerPublished.LayerArea;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Crew;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Department;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.deploy.testsupport.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * New York City as a municipality, from the public data in {@code ../shared/data/nyc}
 * (never copied into the project): its 5 boroughs and 71 community districts as layers,
 * each of the 2,000 requests' complaint types as a service, routed to the agency the city
 * recorded by a rule per borough (with a borough crew) and a city-wide one.
 */
final class NycData {

	static final String TENANT = "nyc.routing-it.example";

	static final Path FOLDER = Path.of("..", "..", "shared", "data", "nyc");

	private NycData() {
	}

	static boolean present() {
		return Files.isRegularFile(FOLDER.resolve("311_service_requests_2k_2011.csv"))
				&& Files.isRegularFile(FOLDER.resolve("boroughs.geojson"))
				&& Files.isRegularFile(FOLDER.resolve("community_districts.geojson"));
	}

	/** The city's requests, as recorded. */
	static List<Row> requests() {
		List<Row> rows = new ArrayList<>();
		for (Map<String, String> row : Csv.rows(read("311_service_requests_2k_2011.csv").lines().toList())) {
			String lat = row.get("Latitude");
			String lon = row.get("Longitude");
			GeoPoint point = (lat.isBlank() || lon.isBlank()) ? null
					: new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
			rows.add(new Row(row.get("Unique Key"), code(row.get("Complaint Type")), code(row.get("Agency")),
					row.get("Borough"), point));
		}
		return rows;
	}

	/**
	 * A layer event from one of the city's GeoJSON files, with each feature's id and name
	 * from its properties.
	 */
	static String layer(JsonMapper json, String layer, String file, String idProperty, String nameProperty) {
		JsonNode collection = json.readTree(read(file));
		List<LayerArea> areas = new ArrayList<>();
		List<JsonNode> features = new ArrayList<>();
		for (JsonNode feature : collection.path("features")) {
			String id = feature.path("properties").path(idProperty).asString();
			String name = feature.path("properties").path(nameProperty).asString();
			ObjectNode properties = json.createObjectNode().put("id", id).put("name", name);
			ObjectNode copy = json.createObjectNode().put("type", "Feature");
			copy.set("properties", properties);
			copy.set("geometry", rounded(feature.path("geometry"), json));
			features.add(copy);
			areas.add(new LayerArea(id, name));
		}
		ObjectNode out = json.createObjectNode().put("type", "FeatureCollection");
		out.putArray("features").addAll(features);
		LayerPublished published = new LayerPublished(layer, 1, areas,
				TestMunicipality.gzipBase64(json.writeValueAsString(out)));
		return json.writeValueAsString(EventEnvelope.create(LayerPublished.TYPE, LayerPublished.VERSION, TENANT, null,
				Instant.now(), null, published));
	}

	/**
	 * Coordinates to 7 decimals (about 1 cm), as intake's layer import stores them: the
	 * layer then fits a record.
	 */
	private static JsonNode rounded(JsonNode node, JsonMapper json) {
		if (node.isNumber()) {
			return json.getNodeFactory().numberNode(Math.round(node.asDouble() * 1e7) / 1e7);
		}
		if (node.isArray()) {
			var array = json.createArrayNode();
			node.forEach((element) -> array.add(rounded(element, json)));
			return array;
		}
		if (node.isObject()) {
			ObjectNode object = json.createObjectNode();
			node.properties().forEach((entry) -> object.set(entry.getKey(), rounded(entry.getValue(), json)));
			return object;
		}
		return node;
	}

	/** The boroughs' ids and names, as the boroughs layer carries them. */
	static Map<String, String> boroughs(JsonMapper json) {
		Map<String, String> boroughs = new LinkedHashMap<>();
		for (JsonNode feature : json.readTree(read("boroughs.geojson")).path("features")) {
			boroughs.put(feature.path("properties").path("BoroCode").asString(),
					feature.path("properties").path("BoroName").asString());
		}
		return boroughs;
	}

	/**
	 * The configuration: a service per complaint type, a department per agency, rules per
	 * borough and city-wide.
	 */
	static String configured(JsonMapper json, List<Row> rows, Map<String, String> boroughs) {
		Map<String, String> agencyOf = new LinkedHashMap<>();
		rows.forEach((row) -> agencyOf.put(row.service(), row.agency()));
		List<ServiceDefinition> services = new ArrayList<>();
		List<RoutingRule> rules = new ArrayList<>();
		List<Crew> crews = new ArrayList<>();
		List<Department> departments = new ArrayList<>(List.of(new Department("triage", Map.of("en", "311"), null)));
		agencyOf.values().stream().distinct().forEach((agency) -> {
			departments.add(new Department(agency, Map.of("en", agency.toUpperCase(Locale.ROOT)), null));
			boroughs.forEach((id, name) -> crews.add(new Crew(agency + "-" + id, agency, Map.of("en", name))));
		});
		agencyOf.forEach((service, agency) -> {
			services.add(new ServiceDefinition(service, Map.of("en", service), Map.of(), "city", List.of(), "realtime",
					List.of(), 72));
			boroughs.keySet()
				.forEach((id) -> rules
					.add(new RoutingRule(service, null, "boroughs", id, agency, agency + "-" + id, 10)));
			rules.add(new RoutingRule(service, null, null, null, agency, null, 0));
		});
		MunicipalityConfiguration configuration = new MunicipalityConfiguration(TENANT, Map.of("en", "New York City"),
				"America/New_York", List.of("en"), null, null, List.of(new ServiceGroup("city", Map.of("en", "City"))),
				services, departments, crews, rules, "triage");
		return json.writeValueAsString(EventEnvelope.create(MunicipalityConfigured.TYPE, MunicipalityConfigured.VERSION,
				TENANT, null, Instant.now(), null, new MunicipalityConfigured(1, configuration)));
	}

	/** A code from a recorded name: lower case, words joined by hyphens. */
	static String code(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static String read(String file) {
		try {
			return Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One recorded request.
	 *
	 * @param key the city's unique key
	 * @param service its complaint type, as a code
	 * @param agency the agency the city sent it to, as a code
	 * @param borough the borough recorded, upper case, or {@code Unspecified}
	 * @param point where, or {@code null}
	 */
	record Row(String key, String service, String agency, String borough, GeoPoint point) {
	}

}
