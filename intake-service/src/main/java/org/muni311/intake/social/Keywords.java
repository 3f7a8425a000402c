package org.muni311.intake.social;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.municipality.Municipality;

/**
 * Maps a post to a service: the first of the catalogue whose keyword or name (any
 * language) appears in the text as a whole word; else {@link #UNCLASSIFIED}, which no
 * routing rule names, so the request goes to triage.
 */
final class Keywords {

	/**
	 * The service of a post no keyword matched: routed to the municipality's triage
	 * department.
	 */
	static final ServiceDefinition UNCLASSIFIED = new ServiceDefinition("unclassified",
			Map.of("en", "Unclassified (social media)", "fr", "Non classé (réseaux sociaux)"), Map.of(), null, null,
			"realtime", null, null);

	private Keywords() {
	}

	static ServiceDefinition service(Municipality municipality, String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return municipality.services()
			.stream()
			.filter((service) -> Stream.concat(service.keywords().stream(), service.name().values().stream())
				.map((word) -> word.toLowerCase(Locale.ROOT).strip())
				.filter((word) -> word.length() > 2)
				.anyMatch((word) -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
					.matcher(lower)
					.find()))
			.findFirst()
			.orElse(UNCLASSIFIED);
	}

}
