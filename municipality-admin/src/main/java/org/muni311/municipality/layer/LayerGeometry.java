package org.muni311.municipality.layer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The geometry of {@link org.muni311.contracts.municipality.LayerPublished}: a GeoJSON FeatureCollection whose
 * features carry only {@code id} and {@code name}, coordinates rounded to 7 decimals, gzip-compressed. The event
 * carries it Base64-encoded; consumers decode it back to JTS geometries here.
 */
public final class LayerGeometry {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private LayerGeometry() {
	}

	/**
	 * Encodes {@code areas} in their order as a gzip-compressed FeatureCollection.
	 * @throws IllegalArgumentException if an area is not a Polygon or MultiPolygon
	 */
	public static byte[] encode(List<AreaGeometry> areas) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes); JsonGenerator json = MAPPER.createGenerator(gzip)) {
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			for (AreaGeometry area : areas) {
				writeFeature(json, area);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Decodes {@code LayerPublished.geometry()}: Base64, then gzip, then GeoJSON. */
	public static List<AreaGeometry> decode(String base64) {
		return decode(Base64.getDecoder().decode(base64));
	}

	/**
	 * Decodes what {@link #encode} produced.
	 * @throws IllegalArgumentException if it is not a layer's GeoJSON
	 */
	public static List<AreaGeometry> decode(byte[] gzip) {
		JsonNode collection;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			collection = MAPPER.readTree(in);
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalArgumentException("Not gzip-compressed GeoJSON", ex);
		}
		GeoJsonGeometry geometries = new GeoJsonGeometry(FACTORY);
		List<AreaGeometry> areas = new ArrayList<>();
		for (JsonNode feature : collection.path("features")) {
			String id = feature.path("properties").path("id").asString();
			Geometry geometry = geometries.read(feature.get("geometry"), (problem) -> {
				throw new IllegalArgumentException("Area '" + id + "'" + problem);
			});
			areas.add(new AreaGeometry(id, feature.path("properties").path("name").asString(), geometry));
		}
		return areas;
	}

	private static void writeFeature(JsonGenerator json, AreaGeometry area) {
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeName("properties");
		json.writeStartObject();
		json.writeStringProperty("id", area.id());
		json.writeStringProperty("name", area.name());
		json.writeEndObject();
		json.writeName("geometry");
		json.writeStartObject();
		if (area.geometry() instanceof Polygon polygon) {
			json.writeStringProperty("type", "Polygon");
			json.writeName("coordinates");
			writePolygon(json, polygon);
		}
		else if (area.geometry() instanceof MultiPolygon multi) {
			json.writeStringProperty("type", "MultiPolygon");
			json.writeName("coordinates");
			json.writeStartArray();
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				writePolygon(json, (Polygon) multi.getGeometryN(i));
			}
			json.writeEndArray();
		}
		else {
			throw new IllegalArgumentException("Area '" + area.id() + "' is a " + area.geometry().getGeometryType()
					+ ", not a Polygon or MultiPolygon");
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void writePolygon(JsonGenerator json, Polygon polygon) {
		json.writeStartArray();
		writeRing(json, polygon.getExteriorRing());
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			writeRing(json, polygon.getInteriorRingN(i));
		}
		json.writeEndArray();
	}

	private static void writeRing(JsonGenerator json, LineString ring) {
		json.writeStartArray();
		for (Coordinate c : ring.getCoordinates()) {
			json.writeStartArray();
			json.writeNumber(GeoJsonGeometry.round(c.x));
			json.writeNumber(GeoJsonGeometry.round(c.y));
			json.writeEndArray();
		}
		json.writeEndArray();
	}

}
