package org.muni311.intake.duplicate;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cells a duplicate search reads hold every point within its radius, at any latitude
 * a municipality is at.
 */
class GeohashTest {

	private static final double CELL_LAT = 180.0 / (1 << 17);

	private static final double CELL_LON = 360.0 / (1 << 18);

	@ParameterizedTest(name = "{0}° latitude, radius {1} m")
	@CsvSource({ "0, 50", "0, 500", "45, 50", "45, 500", "60, 50", "60, 500", "-45, 500", "70, 500", "80, 500" })
	void theCellsReadHoldEveryPointWithinTheRadius(double lat, double radius) {
		// the point anywhere in its cell: the middle, and near each corner
		for (double[] offset : new double[][] { { 0.5, 0.5 }, { 0.01, 0.01 }, { 0.99, 0.99 }, { 0.01, 0.99 },
				{ 0.99, 0.01 } }) {
			double centreLat = (Math.floor(lat / CELL_LAT) + offset[0]) * CELL_LAT;
			double centreLon = (Math.floor(-75.7 / CELL_LON) + offset[1]) * CELL_LON;
			Set<String> cells = Geohash.covering(centreLat, centreLon, radius);
			for (int bearing = 0; bearing < 360; bearing += 5) {
				double[] point = destination(centreLat, centreLon, bearing, 0.999 * radius);
				assertThat(Geohash.metres(centreLat, centreLon, point[0], point[1])).isLessThan(radius);
				assertThat(cells).as("bearing %d° from %f,%f", bearing, centreLat, centreLon)
					.contains(Geohash.encode(point[0], point[1]));
			}
		}
	}

	@ParameterizedTest(name = "{0}° latitude")
	@CsvSource({ "0, 9", "45, 12", "60, 15" })
	void aSmallSearchReadsAHandfulOfCells(double lat, int most) {
		assertThat(Geohash.covering(lat, -75.7, 50)).hasSizeLessThanOrEqualTo(most);
	}

	@ParameterizedTest(name = "across the antimeridian at {0}")
	@CsvSource({ "179.9999", "-179.9999" })
	void wrapsAroundTheAntimeridian(double lon) {
		Set<String> cells = Geohash.covering(10, lon, 500);
		assertThat(cells).contains(Geohash.encode(10, 179.999), Geohash.encode(10, -179.999));
	}

	@ParameterizedTest(name = "{0}° latitude")
	@CsvSource({ "89.99", "-89.99", "90" })
	void refusesASearchTooWideForItsLatitudeAndSaysHowWideItCanBe(double lat) {
		assertThatExceptionOfType(SearchTooWideException.class).isThrownBy(() -> Geohash.covering(lat, 0, 500))
			.withMessageContaining("too wide")
			.withMessageContaining("at most");
		double widest = Geohash.widestRadius(lat);
		assertThat(Geohash.covering(lat, 0, widest)).hasSizeLessThanOrEqualTo(Geohash.MAX_CELLS);
	}

	@ParameterizedTest(name = "{0}° latitude")
	@CsvSource({ "0", "45", "60", "70", "80" })
	void reachesFiveHundredMetresWhereMunicipalitiesAre(double lat) {
		assertThat(Geohash.widestRadius(lat)).isGreaterThanOrEqualTo(500);
	}

	/**
	 * The point {@code metres} from the start on {@code bearing} (degrees from north), on
	 * the same sphere.
	 */
	private static double[] destination(double lat, double lon, double bearing, double metres) {
		double d = metres / Geohash.EARTH_RADIUS_METRES;
		double phi = Math.toRadians(lat);
		double theta = Math.toRadians(bearing);
		double phi2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(theta));
		double lambda = Math.toRadians(lon) + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi),
				Math.cos(d) - Math.sin(phi) * Math.sin(phi2));
		return new double[] { Math.toDegrees(phi2), ((Math.toDegrees(lambda) + 540) % 360) - 180 };
	}

}
