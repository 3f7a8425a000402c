package org.muni311.municipality.address;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A civic address reduced to the key it is matched by, forgiving what people vary when
 * they type one: case, accents, punctuation, abbreviations ({@code St}/{@code Street},
 * {@code Ave}, {@code N}/{@code North}, {@code boul}/{@code boulevard}), a unit number
 * ({@code Apt 4}, {@code Unit 5,}, {@code #4}, {@code 5-123}), and the town, province and
 * postal code after the street. {@code 5-123 Main St. N, Smalltown ON} and
 * {@code 123 main street north} have the same key, {@code 123 main street north}.
 */
public final class CivicAddress {

	private static final Pattern UNIT = Pattern
		.compile("(?:^|[\\s,])(?:(?:apt|apartment|app|appartement|unit|suite|bureau|logement)\\b|#)\\s*\\.?\\s*#?\\s*"
				+ "[a-z0-9-]+\\s*,?");

	private static final Pattern UNIT_DASH_CIVIC = Pattern.compile("^([a-z0-9]+)\\s*-\\s*(\\d+[a-z]?)\\b");

	private static final Pattern CIVIC = Pattern.compile("^\\d+[a-z]?$");

	/** Street types and directions, in full: what abbreviations are expanded to. */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("ave", "avenue"),
			Map.entry("av", "avenue"), Map.entry("rd", "road"), Map.entry("dr", "drive"),
			Map.entry("blvd", "boulevard"), Map.entry("boul", "boulevard"), Map.entry("bd", "boulevard"),
			Map.entry("cres", "crescent"), Map.entry("cr", "crescent"), Map.entry("ct", "court"),
			Map.entry("crt", "court"), Map.entry("pl", "place"), Map.entry("ln", "lane"), Map.entry("hwy", "highway"),
			Map.entry("pkwy", "parkway"), Map.entry("cir", "circle"), Map.entry("ter", "terrace"),
			Map.entry("terr", "terrace"), Map.entry("trl", "trail"), Map.entry("sq", "square"),
			Map.entry("ch", "chemin"), Map.entry("rte", "route"), Map.entry("rang", "rang"),
			Map.entry("mtee", "montee"), Map.entry("n", "north"), Map.entry("s", "south"), Map.entry("e", "east"),
			Map.entry("w", "west"), Map.entry("o", "ouest"), Map.entry("ne", "northeast"), Map.entry("nw", "northwest"),
			Map.entry("se", "southeast"), Map.entry("sw", "southwest"));

	private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "ouest", "northeast",
			"northwest", "southeast", "southwest", "nord", "sud", "est");

	private CivicAddress() {
	}

	/**
	 * The key of {@code address}, or empty when it has no civic number followed by a
	 * street.
	 */
	public static Optional<String> key(String address) {
		if (address == null) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(address, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.trim();
		text = UNIT.matcher(" " + text).replaceAll(" ").trim();
		Matcher unitFirst = UNIT_DASH_CIVIC.matcher(text);
		if (unitFirst.find()) {
			text = unitFirst.group(2) + text.substring(unitFirst.end());
		}
		// the street is what comes before the first comma that follows it: the town,
		// province and postal code come after
		String street = Arrays.stream(text.split(","))
			.map(String::trim)
			.filter((part) -> !part.isEmpty())
			.findFirst()
			.orElse("");
		List<String> tokens = new ArrayList<>(
				Arrays.asList(street.replaceAll("[.'\"()]", " ").replace('-', ' ').trim().split("\\s+")));
		if (tokens.size() < 2 || !CIVIC.matcher(tokens.get(0)).matches()) {
			return Optional.empty();
		}
		List<String> words = new ArrayList<>();
		for (int i = 1; i < tokens.size(); i++) {
			words.add(word(tokens, i));
		}
		return Optional.of(tokens.get(0) + " " + String.join(" ", words));
	}

	/**
	 * One word of the street in full. Both sides of a match are reduced the same way, so
	 * what matters is that each spelling has one form: {@code st} is a street at the end
	 * (or before a direction) and a saint before a name ({@code St Laurent}), {@code ste}
	 * a sainte ({@code Ste-Anne}; a suite is written out or as a unit).
	 */
	private static String word(List<String> tokens, int i) {
		String token = tokens.get(i);
		boolean last = i == tokens.size() - 1
				|| (i == tokens.size() - 2 && DIRECTIONS.contains(WORDS.getOrDefault(tokens.get(i + 1), "")))
				|| (i == tokens.size() - 2 && DIRECTIONS.contains(tokens.get(i + 1)));
		if ("st".equals(token)) {
			return last ? "street" : "saint";
		}
		if ("ste".equals(token)) {
			return "sainte";
		}
		return WORDS.getOrDefault(token, token);
	}

}
