package org.muni311.routing.area;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.muni311.contracts.municipality.LayerPublished;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the polygons a {@link LayerPublished} carries (Base64 of gzip of a GeoJSON FeatureCollection whose
 * features hold {@code id} and {@code name}). Intake checked them on import; a layer that still fails here is
 * refused whole.
 */
public final class LayerGeometry {

	private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

	private LayerGeometry() {
	}

	/** The layer's areas, in order. */
	public static List<Area> read(LayerPublished layer, JsonMapper json) {
		byte[] compressed = Base64.getDecoder().decode(layer.geometry());
		JsonNode collection;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			collection = json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Layer " + layer.layer() + " does not unpack", ex);
		}
		List<Area> areas = new ArrayList<>();
		for (JsonNode feature : collection.path("features")) {
			JsonNode properties = feature.path("properties");
			areas.add(new Area(layer.layer(), properties.path("id").asString(), properties.path("name").asString(),
					shape(feature.path("geometry"))));
		}
		return areas;
	}

	static Geometry shape(JsonNode geometry) {
		JsonNode coordinates = geometry.path("coordinates");
		return switch (geometry.path("type").asString()) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				Polygon[] parts = new Polygon[coordinates.size()];
				for (int i = 0; i < parts.length; i++) {
					parts[i] = polygon(coordinates.get(i));
				}
				yield GEOMETRY.createMultiPolygon(parts);
			}
			default -> throw new IllegalArgumentException(
					"Areas must be Polygon or MultiPolygon, not " + geometry.path("type").asString());
		};
	}

	private static Polygon polygon(JsonNode rings) {
		LinearRing[] holes = new LinearRing[Math.max(0, rings.size() - 1)];
		for (int i = 0; i < holes.length; i++) {
			holes[i] = ring(rings.get(i + 1));
		}
		return GEOMETRY.createPolygon(ring(rings.get(0)), holes);
	}

	private static LinearRing ring(JsonNode positions) {
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			JsonNode position = positions.get(i);
			coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
		}
		return GEOMETRY.createLinearRing(coordinates);
	}

}
