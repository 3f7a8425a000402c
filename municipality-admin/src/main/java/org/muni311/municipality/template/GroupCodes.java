package org.muni311.municipality.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;

/**
 * Codes for the group names of an imported catalogue. A code is the name's slug
 * ("Streets, Parking &amp; Traffic" gives {@code streets-parking-traffic}), so importing
 * the same file again gives the same codes and rules written against them keep working;
 * two names with the same slug get {@code -2}, {@code -3} in order of appearance.
 */
final class GroupCodes {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private final Map<String, String> codeByName = new LinkedHashMap<>();

	private final Set<String> taken = new HashSet<>();

	/**
	 * The code of the group named {@code name}, or {@code null} for a service listed
	 * under no group.
	 */
	String codeOf(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return this.codeByName.computeIfAbsent(name.strip(), this::newCode);
	}

	/** The groups met so far, their names under {@code language}. */
	List<ServiceGroup> groups(String language) {
		List<ServiceGroup> groups = new ArrayList<>();
		this.codeByName.forEach((name, code) -> groups.add(new ServiceGroup(code, Map.of(language, name))));
		return groups;
	}

	private String newCode(String name) {
		String slug = slug(name);
		String code = slug;
		for (int n = 2; !this.taken.add(code); n++) {
			code = slug + "-" + n;
		}
		return code;
	}

	static String slug(String name) {
		// decompose so that accented letters keep their base letter: "Propreté" gives
		// "proprete", not "propret"
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace("œ", "oe")
			.replace("æ", "ae");
		String slug = NOT_ALPHANUMERIC.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "group" : slug;
	}

}
