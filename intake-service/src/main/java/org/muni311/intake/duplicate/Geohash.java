package org.muni311.intake.duplicate;

import java.util.LinkedHashSet;
import java.util.Set;

/** Geohash cells: a cell of {@link #PRECISION} characters is about 150 m by 150 m at the equator, less east-west. */
final class Geohash {

	/** Seven characters: a cell at least 100 m across below 60° of latitude, wider than any radius searched. */
	static final int PRECISION = 7;

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

	/** The cell of the point and the eight around it. */
	static Set<String> around(double lat, double lon) {
		// 35 bits: 18 for longitude, 17 for latitude
		double cellLon = 360.0 / (1 << 18);
		double cellLat = 180.0 / (1 << 17);
		Set<String> cells = new LinkedHashSet<>();
		for (int dLat = -1; dLat <= 1; dLat++) {
			for (int dLon = -1; dLon <= 1; dLon++) {
				double la = Math.max(-90, Math.min(90, lat + dLat * cellLat));
				double lo = lon + dLon * cellLon;
				lo = (lo > 180) ? lo - 360 : ((lo < -180) ? lo + 360 : lo);
				cells.add(encode(la, lo));
			}
		}
		return cells;
	}

	/** Metres between two points (haversine). */
	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6_371_008.8 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

}
