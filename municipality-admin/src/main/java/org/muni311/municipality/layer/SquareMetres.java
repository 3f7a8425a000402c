package org.muni311.municipality.layer;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.muni311.contracts.municipality.LayerGeometry;

/**
 * Approximate ground areas of longitude/latitude geometries. Each polygon's area in
 * square degrees is scaled by the metres in a degree at its latitude: within a few
 * percent for anything the size of a city, which is all a clerk needs to tell a sliver
 * from a missing ward.
 */
final class SquareMetres {

	/**
	 * Metres in a degree of latitude (and of longitude at the equator) on a sphere of the
	 * Earth's mean radius.
	 */
	static final double PER_DEGREE = 6_371_008.8 * Math.PI / 180;

	private SquareMetres() {
	}

	/** The area of the polygons in {@code geometry}; lines and points count nothing. */
	static double of(Geometry geometry) {
		double total = 0;
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Geometry part = geometry.getGeometryN(i);
			if (part instanceof Polygon polygon) {
				total += polygon(polygon);
			}
			else if (part != geometry) {
				total += of(part);
			}
		}
		return total;
	}

	private static double polygon(Polygon polygon) {
		double degrees = polygon.getArea();
		if (degrees == 0) {
			return 0;
		}
		double latitude = polygon.getEnvelopeInternal().centre().y;
		return degrees * PER_DEGREE * PER_DEGREE * Math.cos(Math.toRadians(latitude));
	}

	/**
	 * {@code [longitude, latitude]} of a point inside {@code geometry}, rounded like the
	 * layer's coordinates.
	 */
	static double[] pointInside(Geometry geometry) {
		Point point = geometry.getInteriorPoint();
		if (point == null || point.isEmpty()) {
			return new double[0];
		}
		return new double[] { LayerGeometry.round(point.getX()), LayerGeometry.round(point.getY()) };
	}

}
