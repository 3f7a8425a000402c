package org.muni311.routing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.LayerPublished;
import org.muni311.contracts.municipality.LayerPublished.LayerArea;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Department;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.routing.municipality.RoutingMaps;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * A small municipality as intake publishes it on the municipality topics: two square
 * wards side by side (west {@code W1}, east {@code W2}, between longitudes -80.0, -79.9
 * and -79.8 and latitudes 44.0 and 44.1), potholes in W1 to the west roads crew, other
 * roads work to roads (anywhere: by group alone), graffiti to by-law, street lights in W2
 * only to roads. Potholes and graffiti are expected within 48 hours, a leak at once (so
 * it is overdue as soon as it is routed).
 */
public final class TestMunicipality {

	public static final String TENANT = "routing-it.example";

	private TestMunicipality() {
	}

	static MunicipalityConfiguration configuration(List<RoutingRule> rules) {
		return new MunicipalityConfiguration(TENANT, Map.of("en", "Routing Test"), "America/Toronto",
				List.of("en", "fr"), null, null,
				List.of(new ServiceGroup("roads", Map.of("en", "Roads")),
						new ServiceGroup("clean", Map.of("en", "Clean"))),
				List.of(service("pothole", "roads", 48), service("graffiti", "clean", 48), service("leak", "roads", 0),
						service("streetlight", null, 48)),
				List.of(department("triage"), department("roads"), department("bylaw")),
				List.of(new MunicipalityConfiguration.Crew("roads-west", "roads", Map.of("en", "Roads west")),
						new MunicipalityConfiguration.Crew("bylaw-north", "bylaw", Map.of("en", "By-law north"))),
				rules, "triage");
	}

	static List<RoutingRule> rules(String graffitiDepartment) {
		return List.of(new RoutingRule("pothole", null, "wards", "W1", "roads", "roads-west", 10),
				new RoutingRule(null, "roads", null, null, "roads", null, 0),
				new RoutingRule("graffiti", null, null, null, graffitiDepartment, null, 0),
				new RoutingRule("streetlight", null, "wards", "W2", "roads", null, 0));
	}

	/**
	 * Publishes the wards and the configuration (version 1) unless held, and waits until
	 * routing holds them.
	 */
	public static void publish(KafkaTestClient kafka, JsonMapper json, RoutingMaps maps) {
		if (maps.of(TENANT).filter((map) -> map.layers().containsKey("wards")).isEmpty()) {
			kafka.send(Topics.MUNICIPALITIES_LAYERS, TENANT + ":wards", wards(json, 1));
			kafka.send(Topics.MUNICIPALITIES_CONFIG, TENANT, configured(json, 1, configuration(rules("bylaw"))));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> maps.of(TENANT).filter((map) -> map.layers().containsKey("wards")).isPresent());
	}

	static String configured(JsonMapper json, long version, MunicipalityConfiguration configuration) {
		return json.writeValueAsString(EventEnvelope.create(MunicipalityConfigured.TYPE, MunicipalityConfigured.VERSION,
				TENANT, null, Instant.now(), null, new MunicipalityConfigured(version, configuration)));
	}

	static String wards(JsonMapper json, long version) {
		String features = square("W1", -80.0, -79.9) + "," + square("W2", -79.9, -79.8);
		String geoJson = "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
		LayerPublished layer = new LayerPublished("wards", version,
				List.of(new LayerArea("W1", "Ward 1"), new LayerArea("W2", "Ward 2")), gzipBase64(geoJson));
		return json.writeValueAsString(EventEnvelope.create(LayerPublished.TYPE, LayerPublished.VERSION, TENANT, null,
				Instant.now(), null, layer));
	}

	private static String square(String id, double west, double east) {
		return ("{\"type\":\"Feature\",\"properties\":{\"id\":\"%s\",\"name\":\"Ward %s\"},\"geometry\":{\"type\":"
				+ "\"Polygon\",\"coordinates\":[[[%s,44.0],[%s,44.0],[%s,44.1],[%s,44.1],[%s,44.0]]]}}")
			.formatted(id, id.substring(1), west, east, east, west, west);
	}

	private static ServiceDefinition service(String code, String group, int responseHours) {
		return new ServiceDefinition(code, Map.of("en", code), Map.of(), group, List.of(), "realtime", List.of(),
				responseHours);
	}

	private static Department department(String id) {
		return new Department(id, Map.of("en", id.toUpperCase()), null);
	}

	static String gzipBase64(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Base64.getEncoder().encodeToString(bytes.toByteArray());
	}

}
