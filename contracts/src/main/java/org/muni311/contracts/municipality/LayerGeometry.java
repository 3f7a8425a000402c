package org.muni311.contracts.municipality;

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

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format of {@link LayerPublished#geometry()}: a GeoJSON FeatureCollection,
 * WGS84, whose features carry only the properties {@code id} and {@code name},
 * coordinates rounded to {@value #DECIMALS} decimals (about 1 cm), gzip-compressed; the
 * event carries it Base64-encoded. Geometries are written and read by jts-io-common.
 */
public final class LayerGeometry {

	/** Decimals kept of each coordinate. */
	public static final int DECIMALS = 7;

	private static final double SCALE = Math.pow(10, DECIMALS);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private LayerGeometry() {
	}

	/**
	 * One area of a layer with its boundary.
	 *
	 * @param id the area's id, unique within the layer
	 * @param name the area's name
	 * @param geometry a Polygon or MultiPolygon in WGS84, x = longitude
	 */
	public record AreaGeometry(String id, String name, Geometry geometry) {
	}

	/**
	 * Rounds a coordinate as the format keeps it; exact enough for |v| ≤ 180, where
	 * v·10^7 fits a long.
	 */
	public static double round(double value) {
		return Math.round(value * SCALE) / SCALE;
	}

	/**
	 * Encodes {@code areas} in their order, gzip-compressed (not yet Base64-encoded: the
	 * size a publisher limits).
	 * @throws IllegalArgumentException if an area is not a Polygon or MultiPolygon
	 */
	public static byte[] encode(List<AreaGeometry> areas) {
		GeoJsonWriter geoJson = new GeoJsonWriter(DECIMALS);
		// RFC 7946 has no crs member: WGS84 is the only system a FeatureCollection may
		// use
		geoJson.setEncodeCRS(false);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes); JsonGenerator json = MAPPER.createGenerator(gzip)) {
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			for (AreaGeometry area : areas) {
				json.writeStartObject();
				json.writeStringProperty("type", "Feature");
				json.writeName("properties");
				json.writeStartObject();
				json.writeStringProperty("id", area.id());
				json.writeStringProperty("name", area.name());
				json.writeEndObject();
				json.writeName("geometry");
				json.writeRawValue(geoJson.write(rounded(area)));
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Decodes {@link LayerPublished#geometry()}: Base64, then gzip, then GeoJSON.
	 * @throws IllegalArgumentException if it is not a layer's geometry
	 */
	public static List<AreaGeometry> decode(String base64) {
		return decode(Base64.getDecoder().decode(base64));
	}

	/**
	 * Decodes what {@link #encode} produced.
	 * @throws IllegalArgumentException if it is not a layer's geometry
	 */
	public static List<AreaGeometry> decode(byte[] gzip) {
		JsonNode collection;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			collection = MAPPER.readTree(in);
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalArgumentException("Not gzip-compressed GeoJSON", ex);
		}
		GeoJsonReader geoJson = new GeoJsonReader(WGS84);
		List<AreaGeometry> areas = new ArrayList<>();
		for (JsonNode feature : collection.path("features")) {
			String id = feature.path("properties").path("id").asString();
			Geometry geometry;
			try {
				geometry = geoJson.read(feature.path("geometry").toString());
			}
			catch (ParseException ex) {
				throw new IllegalArgumentException("Area '" + id + "' does not read: " + ex.getMessage(), ex);
			}
			if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
				throw new IllegalArgumentException(notAnArea(id, geometry));
			}
			areas.add(new AreaGeometry(id, feature.path("properties").path("name").asString(), geometry));
		}
		return areas;
	}

	private static Geometry rounded(AreaGeometry area) {
		if (!(area.geometry() instanceof Polygon || area.geometry() instanceof MultiPolygon)) {
			throw new IllegalArgumentException(notAnArea(area.id(), area.geometry()));
		}
		Geometry copy = area.geometry().copy();
		copy.apply(Rounding.INSTANCE);
		return copy;
	}

	private static String notAnArea(String id, Geometry geometry) {
		return "Area '" + id + "' is a " + geometry.getGeometryType() + ", not a Polygon or MultiPolygon";
	}

	/**
	 * Rounds x and y and drops any z: GeoJsonWriter leaves ordinates below 0.001
	 * unrounded, and writes a z it finds.
	 */
	private enum Rounding implements CoordinateSequenceFilter {

		INSTANCE;

		@Override
		public void filter(CoordinateSequence sequence, int i) {
			sequence.setOrdinate(i, CoordinateSequence.X, round(sequence.getX(i)));
			sequence.setOrdinate(i, CoordinateSequence.Y, round(sequence.getY(i)));
			if (sequence.hasZ()) {
				sequence.setOrdinate(i, CoordinateSequence.Z, Double.NaN);
			}
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}

	}

}
