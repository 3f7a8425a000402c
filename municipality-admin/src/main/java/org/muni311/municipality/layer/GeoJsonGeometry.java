package org.muni311.municipality.layer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.muni311.contracts.municipality.LayerGeometry;
import tools.jackson.databind.JsonNode;

/**
 * Turns a GeoJSON Polygon or MultiPolygon into a JTS geometry (read by jts-io-common's
 * {@link GeoJsonReader}) with coordinates rounded as {@link LayerGeometry} keeps them,
 * after checking its shape so as to tell the clerk what stops it: the reader refuses
 * unclosed or too short rings with a message that names neither the feature nor the ring,
 * and silently reads a position of one number as [x, 0] or an empty polygon as nothing.
 */
final class GeoJsonGeometry {

	private final GeoJsonReader reader;

	GeoJsonGeometry() {
		this.reader = new GeoJsonReader(new RoundingFactory());
	}

	/**
	 * Reads {@code geometry}, or returns {@code null} after telling {@code problems}
	 * every reason it cannot. Each message continues a sentence that begins with the
	 * feature's label, such as "Feature 3".
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
		if (!new Shape(problems).holds(type, geometry.path("coordinates"))) {
			return null;
		}
		try {
			return this.reader.read(geometry.toString());
		}
		catch (ParseException ex) {
			// the shape check leaves the reader nothing to refuse; should it still, the
			// clerk hears why, not a 500
			String why = (ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage();
			problems.accept(": its " + type + " could not be read (" + why + ").");
			return null;
		}
	}

	/**
	 * A position as a clerk would type it into a map's search box:
	 * {@code [-73.9729943, 40.6088141]}.
	 */
	static String position(double longitude, double latitude) {
		return "[" + plain(longitude) + ", " + plain(latitude) + "]";
	}

	private static String plain(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		return BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * One geometry's coordinates checked: its problems, and whether a coordinate out of
	 * range was already told.
	 */
	private static final class Shape {

		private final Consumer<String> problems;

		private boolean failed;

		private boolean outOfRangeTold;

		Shape(Consumer<String> problems) {
			this.problems = problems;
		}

		boolean holds(String type, JsonNode coordinates) {
			if (!coordinates.isArray() || coordinates.isEmpty()) {
				problem(": its " + type + " has no coordinates.");
				return false;
			}
			if (type.equals("Polygon")) {
				polygon(coordinates, -1);
			}
			else {
				for (int part = 0; part < coordinates.size(); part++) {
					polygon(coordinates.get(part), part);
				}
			}
			return !this.failed;
		}

		private void problem(String message) {
			this.failed = true;
			this.problems.accept(message);
		}

		private void polygon(JsonNode rings, int part) {
			if (!rings.isArray() || rings.isEmpty()) {
				problem(": " + ((part < 0) ? "its polygon" : "part " + (part + 1)) + " has no rings.");
				return;
			}
			for (int ring = 0; ring < rings.size(); ring++) {
				ring(rings.get(ring), ringName(part, ring));
			}
		}

		private void ring(JsonNode positions, String name) {
			if (!positions.isArray()) {
				problem(": " + name + " is not a list of positions.");
				return;
			}
			for (int i = 0; i < positions.size(); i++) {
				if (!position(positions.get(i), name, i)) {
					return;
				}
			}
			int count = positions.size();
			if (count < 4) {
				problem(": " + name + " has " + count + ((count == 1) ? " position" : " positions")
						+ "; a ring needs at least 4 (three corners, then the first again to close it).");
				return;
			}
			JsonNode first = positions.get(0);
			JsonNode last = positions.get(count - 1);
			// compared as the layer keeps them, so a ring that closes to 7 decimals is
			// closed
			if (LayerGeometry.round(x(first)) != LayerGeometry.round(x(last))
					|| LayerGeometry.round(y(first)) != LayerGeometry.round(y(last))) {
				problem(": " + name + " is not closed: it starts at " + GeoJsonGeometry.position(x(first), y(first))
						+ " but ends at " + GeoJsonGeometry.position(x(last), y(last))
						+ "; its last position must repeat its first.");
			}
		}

		/**
		 * Whether the ring can be read on; a position out of range is told once per
		 * geometry, and read on.
		 */
		private boolean position(JsonNode position, String ring, int index) {
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				problem(": position " + (index + 1) + " of " + ring + " is " + position
						+ ", not [longitude, latitude] numbers.");
				return false;
			}
			if (!(Math.abs(x(position)) <= 180 && Math.abs(y(position)) <= 90)) {
				this.failed = true;
				if (!this.outOfRangeTold) {
					this.outOfRangeTold = true;
					this.problems.accept(": the position " + GeoJsonGeometry.position(x(position), y(position))
							+ " is outside WGS84 (longitude -180..180, latitude -90..90). The file is probably in a"
							+ " projected coordinate system (metres): re-project it to WGS84 (EPSG:4326).");
				}
			}
			return true;
		}

		private static double x(JsonNode position) {
			return position.get(0).doubleValue();
		}

		private static double y(JsonNode position) {
			return position.get(1).doubleValue();
		}

	}

	/**
	 * Rounds each ring as the layer keeps coordinates before JTS checks that it is closed
	 * (a ring closed to 7 decimals is closed), and drops altitudes, which a layer has no
	 * use for.
	 */
	private static final class RoundingFactory extends GeometryFactory {

		@Override
		public LinearRing createLinearRing(CoordinateSequence ring) {
			for (int i = 0; i < ring.size(); i++) {
				ring.setOrdinate(i, CoordinateSequence.X, LayerGeometry.round(ring.getX(i)));
				ring.setOrdinate(i, CoordinateSequence.Y, LayerGeometry.round(ring.getY(i)));
				if (ring.hasZ()) {
					ring.setOrdinate(i, CoordinateSequence.Z, Double.NaN);
				}
			}
			return super.createLinearRing(ring);
		}

	}

	/** "the outer boundary", "hole 2", "the outer boundary of part 3". */
	private static String ringName(int part, int ring) {
		String name = (ring == 0) ? "the outer boundary" : "hole " + ring;
		return (part < 0) ? name : name + " of part " + (part + 1);
	}

}
