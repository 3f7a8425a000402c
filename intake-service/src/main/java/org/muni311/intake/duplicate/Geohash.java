package org.muni311.intake.duplicate;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Geohash cells of {@link #PRECISION} characters: 35 bits, 18 for longitude and 17 for
 * latitude, so a cell is 360/2^18 by 180/2^17 degrees, about 153 m north-south everywhere
 * and 153 m × cos(latitude) east-west (76 m at 60°N, 52 m at 70°N). A search therefore
 * reads as many cells as its radius needs at its latitude ({@link #covering}), not a
 * fixed block around the point.
 */
final class Geohash {

	/**
	 * Seven characters: cells small enough that a 50 m search reads a handful of them.
	 */
	static final int PRECISION = 7;

	/**
	 * The most cells one search reads: a 500 m search reads about 100 at 60°N, 140 at
	 * 70°N, 310 at 80°N.
	 */
	static final int MAX_CELLS = 400;

	static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private static final double CELL_LON = 360.0 / (1 << 18);

	private static final double CELL_LAT = 180.0 / (1 << 17);

	private static final int LON_CELLS = 1 << 18;

	private static final String BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

	private Geohash() {
	}

	static String encode(double lat, double lon) {
		double[] lats = { -90, 90 };
		double[] lons = { -180, 180 };
		StringBuilder hash = new StringBuilder(PRECISION);
		boolean even = true;
		int bit = 0;
		int value = 0;
		while (hash.length() < PRECISION) {
			double[] range = even ? lons : lats;
			double coordinate = even ? lon : lat;
			double mid = (range[0] + range[1]) / 2;
			value <<= 1;
			if (coordinate >= mid) {
				value |= 1;
				range[0] = mid;
			}
			else {
				range[1] = mid;
			}
			even = !even;
			if (++bit == 5) {
				hash.append(BASE32.charAt(value));
				bit = 0;
				value = 0;
			}
		}
		return hash.toString();
	}

	/**
	 * Every cell holding a point within {@code radiusMetres} of the point: the rows its
	 * latitude band crosses, and in each the columns its longitude band crosses, widened
	 * by the cosine of the latitude farthest from the equator that the band reaches (with
	 * a 1% margin for the sphere's curvature).
	 * @throws SearchTooWideException when that takes more than {@link #MAX_CELLS} cells
	 * (near the poles)
	 */
	static Set<String> covering(double lat, double lon, double radiusMetres) {
		double dLat = Math.toDegrees(radiusMetres / EARTH_RADIUS_METRES);
		double dLon = longitudeReach(lat, radiusMetres);
		int firstRow = row(lat - dLat);
		int lastRow = row(lat + dLat);
		int columns = (int) Math.min(LON_CELLS,
				Math.floor((lon + dLon + 180) / CELL_LON) - Math.floor((lon - dLon + 180) / CELL_LON) + 1);
		if ((long) (lastRow - firstRow + 1) * columns > MAX_CELLS) {
			throw new SearchTooWideException(radiusMetres, lat, widestRadius(lat));
		}
		int firstColumn = (int) Math.floor((lon - dLon + 180) / CELL_LON);
		Set<String> cells = new LinkedHashSet<>();
		for (int r = firstRow; r <= lastRow; r++) {
			for (int c = firstColumn; c < firstColumn + columns; c++) {
				int column = Math.floorMod(c, LON_CELLS);
				cells.add(encode(-90 + (r + 0.5) * CELL_LAT, -180 + (column + 0.5) * CELL_LON));
			}
		}
		return cells;
	}

	/**
	 * The widest radius, in whole tens of metres, that one search can read at
	 * {@code lat}.
	 */
	static double widestRadius(double lat) {
		double radius = 0;
		while (radius < 100_000 && cellCount(lat, radius + 10) <= MAX_CELLS) {
			radius += 10;
		}
		return radius;
	}

	/** Metres between two points (haversine). */
	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return EARTH_RADIUS_METRES * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	private static long cellCount(double lat, double radiusMetres) {
		double dLat = Math.toDegrees(radiusMetres / EARTH_RADIUS_METRES);
		long rows = row(lat + dLat) - row(lat - dLat) + 1;
		return rows * Math.min(LON_CELLS, (long) Math.ceil(2 * longitudeReach(lat, radiusMetres) / CELL_LON) + 1);
	}

	private static double longitudeReach(double lat, double radiusMetres) {
		if (radiusMetres <= 0) {
			return 0;
		}
		double dLat = Math.toDegrees(radiusMetres / EARTH_RADIUS_METRES);
		double farthest = Math.min(90, Math.abs(lat) + dLat);
		double cos = Math.cos(Math.toRadians(farthest));
		return (cos <= 1e-9) ? 180 : Math.min(180, 1.01 * dLat / cos);
	}

	private static int row(double lat) {
		double clamped = Math.max(-90, Math.min(90 - CELL_LAT / 2, lat));
		return (int) Math.floor((clamped + 90) / CELL_LAT);
	}

}
