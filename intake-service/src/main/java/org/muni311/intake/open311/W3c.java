package org.muni311.intake.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;

/**
 * W3C datetimes as GeoReport v2 uses them: in the municipality's zone, with its offset,
 * in whole seconds (a widely used client's parser reads a datetime with milliseconds as
 * {@code null}).
 */
final class W3c {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private W3c() {
	}

	/** {@code instant} in {@code zone}, or {@code null}. */
	static String format(Instant instant, ZoneId zone) {
		return (instant != null) ? FORMAT.format(instant.atZone(zone)) : null;
	}

	/**
	 * A W3C datetime from a query, tolerating the {@code +} of its offset arriving as a
	 * space (a client that did not encode it); a 400 naming {@code field} otherwise.
	 */
	static Instant parse(String value, String field) {
		String repaired = value.strip().replace(' ', '+');
		try {
			return OffsetDateTime.parse(repaired).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST,
					field + " must be a W3C datetime with an offset, " + "such as 2026-05-01T14:30:00-04:00, not '"
							+ ((value.length() > 40) ? value.substring(0, 40) + "..." : value) + "'");
		}
	}

}
