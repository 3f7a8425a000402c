package org.muni311.municipality.layer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Says in a clerk's words why an area's boundary is not a valid polygon (JTS's own
 * messages, such as "Ring Self-intersection", are for GIS specialists). An invalid
 * polygon has no well-defined inside, so a request could not be placed in it reliably,
 * and overlap and union computations fail on it.
 */
final class Validity {

	private Validity() {
	}

	/**
	 * Why {@code area} is invalid, continuing a sentence that begins "Feature 3", or
	 * {@code null} if it is valid.
	 */
	static String problem(Geometry area) {
		TopologyValidationError error = new IsValidOp(area).getValidationError();
		if (error == null) {
			return null;
		}
		Coordinate at = error.getCoordinate();
		String where = (at != null) ? " near " + GeoJsonGeometry.position(at.x, at.y) : "";
		return ": its boundary is not a valid polygon" + where + ": " + explain(error) + " (" + error.getMessage()
				+ "). Repair it in your GIS (in QGIS: Vector › Geometry Tools › Check Validity, or Fix Geometries)"
				+ " and upload again.";
	}

	private static String explain(TopologyValidationError error) {
		return switch (error.getErrorType()) {
			case TopologyValidationError.SELF_INTERSECTION -> "the boundary crosses itself or another of its rings";
			case TopologyValidationError.RING_SELF_INTERSECTION -> "a ring touches or crosses itself";
			case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "a hole lies outside the area's outer boundary";
			case TopologyValidationError.NESTED_HOLES -> "a hole lies inside another hole";
			case TopologyValidationError.NESTED_SHELLS -> "one part of the area lies inside another part";
			case TopologyValidationError.DISCONNECTED_INTERIOR -> "holes cut the area into separate pieces";
			case TopologyValidationError.DUPLICATE_RINGS -> "the same ring appears twice";
			case TopologyValidationError.TOO_FEW_POINTS -> "a ring has fewer than three distinct corners";
			case TopologyValidationError.INVALID_COORDINATE -> "a position is not a number";
			default -> "the polygon is malformed";
		};
	}

}
