package org.muni311.intake.resident;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.ServiceDefinition;

/**
 * The services a resident chooses from, under the catalogue's groups in their order
 * (services of no listed group last, in a group without a name), keeping those a search
 * matches: every word of the search in the service's names, descriptions or keywords, in
 * any language, ignoring case and accents ("eclairage" finds "éclairage").
 */
final class ServiceChoice {

	private ServiceChoice() {
	}

	/** The groups with their matching services, empty groups left out. */
	static List<Group> of(MunicipalityConfiguration configuration, String language, String search) {
		List<String> words = words(search);
		Map<String, Group> groups = new LinkedHashMap<>();
		for (ServiceGroup group : configuration.groups()) {
			groups.put(group.code(), new Group(configuration.text(group.name(), language), new ArrayList<>()));
		}
		Group others = new Group(null, new ArrayList<>());
		for (ServiceDefinition service : configuration.services()) {
			if (!matches(service, words)) {
				continue;
			}
			Group group = (service.group() != null) ? groups.getOrDefault(service.group(), others) : others;
			group.services()
				.add(new Choice(service.code(), configuration.text(service.name(), language),
						configuration.text(service.description(), language)));
		}
		List<Group> chosen = new ArrayList<>(groups.values());
		chosen.add(others);
		return chosen.stream().filter((group) -> !group.services().isEmpty()).toList();
	}

	private static boolean matches(ServiceDefinition service, List<String> words) {
		if (words.isEmpty()) {
			return true;
		}
		String haystack = plain(String.join(" ",
				Stream
					.of(service.name().values().stream(), service.description().values().stream(),
							service.keywords().stream(), Stream.of(service.code()))
					.flatMap((texts) -> texts)
					.filter(Objects::nonNull)
					.toList()));
		return words.stream().allMatch(haystack::contains);
	}

	private static List<String> words(String search) {
		if (search == null || search.isBlank()) {
			return List.of();
		}
		return Stream.of(plain(search).split("[\\s,;]+")).filter((word) -> !word.isEmpty()).limit(10).toList();
	}

	/** Lower case without accents. */
	static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * @param name the group's name, or {@code null} for services of no listed group
	 * @param services its services
	 */
	record Group(String name, List<Choice> services) {
	}

	/**
	 * @param code the service code
	 * @param name its name in the page's language
	 * @param description its description, or {@code null}
	 */
	record Choice(String code, String name, String description) {
	}

}
