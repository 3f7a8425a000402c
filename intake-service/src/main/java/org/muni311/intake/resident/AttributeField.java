package org.muni311.intake.resident;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.municipality.Municipality;

/**
 * One of a service's questions as the report form shows it, in the page's language.
 *
 * @param code the attribute code
 * @param id the id of its input (of the first choice for a list), which an error links to
 * @param name the field name posted: {@code attribute[code]}, with {@code []} for a
 * multivaluelist
 * @param datatype the Open311 datatype
 * @param variable {@code false} for information shown, not asked
 * @param required whether it must be answered
 * @param question the question
 * @param hint how to answer, or {@code null}
 * @param options the choices of a list, else empty
 */
record AttributeField(String code, String id, String name, String datatype, boolean variable, boolean required,
		String question, String hint, List<Option> options) {

	/** The questions of {@code service} in their order. */
	static List<AttributeField> of(Municipality municipality, ServiceDefinition service, String language) {
		return service.attributes()
			.stream()
			.sorted(Comparator.comparingInt(Attribute::order))
			.map((attribute) -> of(municipality, attribute, language))
			.toList();
	}

	private static AttributeField of(Municipality municipality, Attribute attribute, String language) {
		String id = "attr-" + attribute.code().replaceAll("[^A-Za-z0-9_-]", "-");
		String name = "attribute[" + attribute.code() + "]"
				+ ("multivaluelist".equals(attribute.datatype()) ? "[]" : "");
		List<Option> options = IntStream.range(0, attribute.values().size())
			.mapToObj((i) -> new Option(attribute.values().get(i).key(),
					ResidentPages.text(municipality, attribute.values().get(i).name(), language),
					(i == 0) ? id : id + "-" + i))
			.toList();
		String question = ResidentPages.text(municipality, attribute.description(), language);
		return new AttributeField(attribute.code(), id, name, attribute.datatype(), attribute.variable(),
				attribute.required(), (question != null) ? question : attribute.code(),
				ResidentPages.text(municipality, attribute.datatypeDescription(), language), options);
	}

	/** Whether its answers are choices. */
	public boolean list() {
		return !this.options.isEmpty();
	}

	/**
	 * @param key what is posted
	 * @param label what the resident reads
	 * @param id the input's id
	 */
	record Option(String key, String label, String id) {
	}

}
