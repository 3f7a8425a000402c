package org.muni311.intake.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.muni311.contracts.GeoPoint;

/**
 * A point given as WGS84 decimal degrees, as every channel takes one: plain decimals (no
 * hexadecimal, exponent, NaN or Infinity, which {@link Double#parseDouble} would accept),
 * latitude within ±90, longitude within ±180.
 *
 * @param lat the latitude
 * @param lon the longitude
 */
public record Coordinates(double lat, double lon) {

	/** The latitude's field name. */
	public static final String LAT = "lat";

	/** The longitude's field name. */
	public static final String LONG = "long";

	private static final Pattern DECIMAL = Pattern.compile("^[+-]?[0-9]{1,3}(\\.[0-9]{1,20})?$");

	/**
	 * The point {@code lat} and {@code lon} give, or {@code null} when neither is given
	 * (absent or blank).
	 * @throws RefusedException naming each half that is wrong, or the one missing
	 */
	public static Coordinates parse(String lat, String lon) {
		String latitude = Text.given(lat);
		String longitude = Text.given(lon);
		if (latitude == null && longitude == null) {
			return null;
		}
		List<Problem> problems = new ArrayList<>();
		Double parsedLat = degrees(LAT, latitude, 90, problems);
		Double parsedLon = degrees(LONG, longitude, 180, problems);
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
		return new Coordinates(parsedLat, parsedLon);
	}

	/**
	 * The point {@code lat} and {@code lon} give, for a search around it.
	 * @throws RefusedException when either half is missing or wrong
	 */
	public static Coordinates require(String lat, String lon) {
		Coordinates point = parse(lat, lon);
		if (point == null) {
			throw new RefusedException(Problem.required(LAT, "and long are required, as decimal degrees"));
		}
		return point;
	}

	/**
	 * The point {@code lat} and {@code lon} give, if both are given and right: for a
	 * search, not a filing.
	 */
	public static Optional<Coordinates> read(String lat, String lon) {
		try {
			return Optional.ofNullable(parse(lat, lon));
		}
		catch (RefusedException ex) {
			return Optional.empty();
		}
	}

	/** The point as events carry it. */
	public GeoPoint point() {
		return new GeoPoint(this.lat, this.lon);
	}

	private static Double degrees(String field, String value, int limit, List<Problem> problems) {
		if (value == null) {
			problems.add(Problem.required(field, "is missing: lat and long go together, both as decimal degrees"));
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			problems.add(Problem.invalid(field,
					"must be a decimal number of degrees (WGS84) such as 45.4215" + Text.quoted(value)));
			return null;
		}
		double parsed = Double.parseDouble(value);
		if (Math.abs(parsed) > limit) {
			problems.add(Problem.invalid(field, "must be between -" + limit + " and " + limit + Text.quoted(value)));
			return null;
		}
		return parsed;
	}

}
