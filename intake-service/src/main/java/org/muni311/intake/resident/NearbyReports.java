package org.muni311.intake.resident;

import java.util.List;
import java.util.Locale;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.duplicate.Duplicates;
import org.muni311.municipality.Municipality;

import org.springframework.stereotype.Component;

/**
 * Open reports of the same service near a location, as the report form lists them: public
 * fields only.
 */
@Component
class NearbyReports {

	private static final int MAX_DESCRIPTION = 200;

	private final Duplicates duplicates;

	NearbyReports(Duplicates duplicates) {
		this.duplicates = duplicates;
	}

	/**
	 * The reports near {@code point}, nearest first; {@code null} when no location is
	 * known yet.
	 */
	List<Report> around(Municipality municipality, ServiceDefinition service, GeoPoint point, Locale locale) {
		if (point == null) {
			return null;
		}
		return this.duplicates
			.near(municipality.jurisdictionId(), service.code(), point, Duplicates.RADIUS_METRES, Duplicates.WINDOW)
			.stream()
			.limit(10)
			.map((candidate) -> new Report(candidate.request().requestId(),
					abbreviate(candidate.request().description()), Math.round(candidate.metres()),
					ResidentPages.dateTime(municipality, candidate.request().requestedAt(), locale)))
			.toList();
	}

	private static String abbreviate(String text) {
		return (text == null || text.length() <= MAX_DESCRIPTION) ? text : text.substring(0, MAX_DESCRIPTION) + "…";
	}

	/**
	 * @param requestId its tracking id
	 * @param description the reporter's words, shortened, or {@code null}
	 * @param metres how far from the location given
	 * @param requestedAt when it was reported, written the page's way
	 */
	record Report(String requestId, String description, long metres, String requestedAt) {
	}

}
