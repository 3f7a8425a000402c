package org.muni311.municipality.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.contracts.municipality.ServiceDefinition.AttributeValue;

/**
 * Lists every text of a template that lacks English or French, by where it is, so that a
 * failing test says what to translate rather than that something is missing.
 */
final class BilingualCheck {

	private static final List<String> LANGUAGES = List.of("en", "fr");

	private final List<String> missing = new ArrayList<>();

	private BilingualCheck() {
	}

	/**
	 * Such as {@code "service pothole attribute pothole-size value small name: fr"}, one
	 * entry per gap.
	 */
	static List<String> untranslated(CatalogueTemplate template) {
		BilingualCheck check = new BilingualCheck();
		for (ServiceGroup group : template.groups()) {
			check.required("group " + group.code() + " name", group.name());
		}
		for (ServiceDefinition service : template.services()) {
			String where = "service " + service.code();
			check.required(where + " name", service.name());
			check.required(where + " description", service.description());
			for (Attribute attribute : service.attributes()) {
				String at = where + " attribute " + attribute.code();
				check.required(at + " description", attribute.description());
				// how to answer is optional (information shown, not asked, has none), but
				// never in one language only
				if (!attribute.datatypeDescription().isEmpty()) {
					check.required(at + " datatypeDescription", attribute.datatypeDescription());
				}
				for (AttributeValue value : attribute.values()) {
					check.required(at + " value " + value.key() + " name", value.name());
				}
			}
		}
		return check.missing;
	}

	private void required(String where, Map<String, String> texts) {
		for (String language : LANGUAGES) {
			String text = texts.get(language);
			if (text == null || text.isBlank()) {
				this.missing.add(where + ": " + language);
			}
		}
	}

}
