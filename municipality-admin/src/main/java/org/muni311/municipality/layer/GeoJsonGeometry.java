package org.muni311.municipality.layer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Turns a GeoJSON Polygon or MultiPolygon into a JTS geometry with coordinates rounded to 7 decimals (about 1 cm,
 * what {@code LayerPublished} promises), telling what stops it: JTS itself refuses unclosed or too short rings with
 * an exception that names neither the feature nor the ring.
 */
final class GeoJsonGeometry {

	/** 10^7: coordinates are kept to 7 decimals. */
	static final double SCALE = 1e7;

	private final GeometryFactory factory;

	GeoJsonGeometry(GeometryFactory factory) {
		this.factory = factory;
	}

	/**
	 * Reads {@code geometry}, or returns {@code null} after telling {@code problems} every reason it cannot. Each
	 * message continues a sentence that begins with the feature's label, such as "Feature 3".
	 */
	Geometry read(JsonNode geometry, Consumer<String> problems) {
		if (geometry == null || geometry.isNull()) {
			problems.accept(" has no geometry: draw its boundary, or remove the feature from the layer.");
			return null;
		}
		String type = geometry.path("type").asString("");
		if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
			problems.accept(": its geometry is " + (type.isEmpty() ? "of no GeoJSON type" : "a " + type)
					+ ", but a layer holds areas: only Polygon and MultiPolygon geometries can be imported.");
			return null;
		}
		Reading reading = new Reading(problems);
		JsonNode coordinates = geometry.path("coordinates");
		if (!coordinates.isArray() || coordinates.isEmpty()) {
			reading.problem(": its " + type + " has no coordinates.");
			return null;
		}
		if (type.equals("Polygon")) {
			Polygon polygon = reading.polygon(coordinates, -1);
			return reading.failed ? null : polygon;
		}
		List<Polygon> parts = new ArrayList<>();
		for (int part = 0; part < coordinates.size(); part++) {
			parts.add(reading.polygon(coordinates.get(part), part));
		}
		return reading.failed ? null : this.factory.createMultiPolygon(parts.toArray(Polygon[]::new));
	}

	/** Rounds to 7 decimals; exact enough for |v| ≤ 180, where v·10^7 fits a long. */
	static double round(double value) {
		return Math.round(value * SCALE) / SCALE;
	}

	/** A position as a clerk would type it into a map's search box: {@code [-73.9729943, 40.6088141]}. */
	static String position(double longitude, double latitude) {
		return "[" + plain(longitude) + ", " + plain(latitude) + "]";
	}

	private static String plain(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		return BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** One geometry being read: its problems, and whether a coordinate out of range was already told. */
	private final class Reading {

		private final Consumer<String> problems;

		private boolean failed;

		private boolean outOfRangeTold;

		Reading(Consumer<String> problems) {
			this.problems = problems;
		}

		void problem(String message) {
			this.failed = true;
			this.problems.accept(message);
		}

		Polygon polygon(JsonNode rings, int part) {
			if (!rings.isArray() || rings.isEmpty()) {
				problem(": " + ((part < 0) ? "its polygon" : "part " + (part + 1)) + " has no rings.");
				return null;
			}
			List<LinearRing> read = new ArrayList<>();
			for (int ring = 0; ring < rings.size(); ring++) {
				read.add(ring(rings.get(ring), ringName(part, ring)));
			}
			if (this.failed) {
				return null;
			}
			return GeoJsonGeometry.this.factory.createPolygon(read.get(0),
					read.subList(1, read.size()).toArray(LinearRing[]::new));
		}

		private LinearRing ring(JsonNode positions, String name) {
			if (!positions.isArray()) {
				problem(": " + name + " is not a list of positions.");
				return null;
			}
			Coordinate[] coordinates = new Coordinate[positions.size()];
			for (int i = 0; i < coordinates.length; i++) {
				coordinates[i] = coordinate(positions.get(i), name, i);
				if (coordinates[i] == null) {
					return null;
				}
			}
			if (coordinates.length < 4) {
				String count = coordinates.length + ((coordinates.length == 1) ? " position" : " positions");
				problem(": " + name + " has " + count
						+ "; a ring needs at least 4 (three corners, then the first again to close it).");
				return null;
			}
			Coordinate first = coordinates[0];
			Coordinate last = coordinates[coordinates.length - 1];
			if (!first.equals2D(last)) {
				problem(": " + name + " is not closed: it starts at " + position(first.x, first.y) + " but ends at "
						+ position(last.x, last.y) + "; its last position must repeat its first.");
				return null;
			}
			return GeoJsonGeometry.this.factory.createLinearRing(coordinates);
		}

		private Coordinate coordinate(JsonNode position, String ring, int index) {
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				problem(": position " + (index + 1) + " of " + ring + " is " + position
						+ ", not [longitude, latitude] numbers.");
				return null;
			}
			double longitude = position.get(0).doubleValue();
			double latitude = position.get(1).doubleValue();
			if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) {
				if (!this.outOfRangeTold) {
					this.outOfRangeTold = true;
					problem(": the position " + position(longitude, latitude)
							+ " is outside WGS84 (longitude -180..180, latitude -90..90). The file is probably in a"
							+ " projected coordinate system (metres): re-project it to WGS84 (EPSG:4326).");
				}
				this.failed = true;
				return new Coordinate(longitude, latitude);
			}
			return new Coordinate(round(longitude), round(latitude));
		}

	}

	/** "the outer boundary", "hole 2", "the outer boundary of part 3". */
	private static String ringName(int part, int ring) {
		String name = (ring == 0) ? "the outer boundary" : "hole " + ring;
		return (part < 0) ? name : name + " of part " + (part + 1);
	}

}
