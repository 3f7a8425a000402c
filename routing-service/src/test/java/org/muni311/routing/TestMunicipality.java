package org.muni311.routing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.municipality.LayerPublished;
import org.muni311.contracts.municipality.LayerPublished.LayerArea;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Department;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small municipality as intake publishes it on the municipality topics: two square wards side by side (west
 * {@code W1}, east {@code W2}, between longitudes -80.0, -79.9 and -79.8 and latitudes 44.0 and 44.1), potholes
 * in W1 to the west roads crew, other roads work to roads, graffiti to by-law.
 */
final class TestMunicipality {

	static final String TENANT = "routing-it.example";

	private TestMunicipality() {
	}

	static MunicipalityConfiguration configuration(List<RoutingRule> rules) {
		return new MunicipalityConfiguration(TENANT, Map.of("en", "Routing Test"), "America/Toronto",
				List.of("en", "fr"), null, null,
				List.of(new ServiceGroup("roads", Map.of("en", "Roads")), new ServiceGroup("clean", Map.of("en", "Clean"))),
				List.of(service("pothole", "roads"), service("graffiti", "clean")),
				List.of(department("triage"), department("roads"), department("bylaw")),
				List.of(new MunicipalityConfiguration.Crew("roads-west", "roads", Map.of("en", "Roads west"))), rules,
				"triage");
	}

	static List<RoutingRule> rules(String graffitiDepartment) {
		return List.of(new RoutingRule("pothole", null, "wards", "W1", "roads", "roads-west", 10),
				new RoutingRule(null, "roads", null, null, "roads", null, 0),
				new RoutingRule("graffiti", null, null, null, graffitiDepartment, null, 0));
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

	private static ServiceDefinition service(String code, String group) {
		return new ServiceDefinition(code, Map.of("en", code), Map.of(), group, List.of(), "realtime", List.of(), 48);
	}

	private static Department department(String id) {
		return new Department(id, Map.of("en", id.toUpperCase()), null);
	}

	private static String gzipBase64(String text) {
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
