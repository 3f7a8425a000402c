package org.muni311.routing.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.muni311.routing.area.Area;
import org.muni311.routing.area.Areas;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads the demo municipality's departments, rules and wards at start, where the setting asks for it. */
@Component
@ConditionalOnBooleanProperty("muni311.routing.load-demo-municipality")
class DemoMunicipalityLoader implements ApplicationRunner {

	static final String DEMO = "demo.muni311.org";

	private final RoutingDirectories directories;

	private final Areas areas;

	private final JsonMapper json;

	DemoMunicipalityLoader(RoutingDirectories directories, Areas areas, JsonMapper json) {
		this.directories = directories;
		this.areas = areas;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.directories.save(read("demo/routing.json", new TypeReference<RoutingDirectory>() {
		}));
		Map<String, Object> wards = read("demo/wards.geojson", new TypeReference<>() {
		});
		this.areas.replaceLayer(DEMO, Area.WARDS, toAreas(wards));
	}

	@SuppressWarnings("unchecked")
	private static List<Area> toAreas(Map<String, Object> featureCollection) {
		return ((List<Map<String, Object>>) featureCollection.get("features")).stream().map((feature) -> {
			Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
			Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
			String code = (String) properties.get("code");
			return new Area(DEMO + ":" + Area.WARDS + ":" + code, DEMO, Area.WARDS, code,
					(String) properties.get("name"), new Area.Geometry((String) geometry.get("type"),
							(List<Object>) geometry.get("coordinates")));
		}).toList();
	}

	private <T> T read(String resource, TypeReference<T> type) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return this.json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing demo resource " + resource, ex);
		}
	}

}
