package org.muni311.intake.agent.console;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.municipality.Municipality;

import org.springframework.ui.Model;

/**
 * The request form's model: the services to choose from, a service's questions, the
 * entered values.
 */
final class ConsoleForms {

	private ConsoleForms() {
	}

	/** The municipality's services in {@code locale}, by name. */
	static List<Choice> services(Municipality municipality, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return municipality.services()
			.stream()
			.map((service) -> new Choice(service.code(), serviceName(service, locale)))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
	}

	static String serviceName(ServiceDefinition service, Locale locale) {
		String name = PageBranding.localized(service.name(), locale);
		return (name != null) ? name : service.code();
	}

	/** Fills {@code model} for the request form of {@code service} and names its view. */
	static String show(Model model, Municipality municipality, ServiceDefinition service, CallerRequestForm form,
			List<PageProblem> problems, Locale locale) {
		model.addAttribute("service", new Choice(service.code(), serviceName(service, locale)));
		model.addAttribute("questions",
				service.attributes()
					.stream()
					.filter(Attribute::variable)
					.sorted(Comparator.comparingInt(Attribute::order))
					.map((attribute) -> Question.of(attribute, locale))
					.toList());
		model.addAttribute("notes",
				service.attributes()
					.stream()
					.filter((attribute) -> !attribute.variable())
					.map((attribute) -> PageBranding.localized(attribute.description(), locale))
					.toList());
		model.addAttribute("values", form.values());
		model.addAttribute("problems", problems);
		model.addAttribute("failed", problems.stream().map(PageProblem::field).collect(Collectors.toSet()));
		return "console/request";
	}

	/** A choice: what is sent, what is shown. */
	record Choice(String code, String label) {
	}

	/**
	 * A question of the service, as the form asks it.
	 *
	 * @param field the posted name, {@code attribute[code]}
	 * @param id the input's id
	 * @param datatype the Open311 datatype
	 * @param label the question
	 * @param hint how to answer, or {@code null}
	 * @param required whether it must be answered
	 * @param choices the answers of a list
	 */
	record Question(String field, String id, String datatype, String label, String hint, boolean required,
			List<Choice> choices) {

		static Question of(Attribute attribute, Locale locale) {
			String label = PageBranding.localized(attribute.description(), locale);
			return new Question(CallerRequestForm.attributeField(attribute), "attribute-" + attribute.code(),
					attribute.datatype(), (label != null) ? label : attribute.code(),
					PageBranding.localized(attribute.datatypeDescription(), locale), attribute.required(),
					attribute.values()
						.stream()
						.map((value) -> new Choice(value.key(), PageBranding.localized(value.name(), locale)))
						.toList());
		}

	}

}
