package org.muni311.intake.agent.console;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.intake.request.Answers;
import org.muni311.intake.request.Coordinates;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.Problem;
import org.muni311.intake.request.Submission;

import org.springframework.context.MessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What an agent entered to log a request for a caller, under the platform's field names,
 * read into the same {@link Submission} as every channel's; the problems the filing
 * service finds, and the console's own (how the caller hears back, in which language),
 * put on their fields in the page's language. Kept in the session while the agent decides
 * on a duplicate.
 */
final class CallerRequestForm implements Serializable {

	private static final long serialVersionUID = 1L;

	/**
	 * The page's fields in page order, after the questions: problems are listed in this
	 * order.
	 */
	private static final List<String> ORDER = List.of("lat", "lon", "address", "description", "first-name", "last-name",
			"phone", "email", "updates-email", "language-en");

	/**
	 * The console's messages of the shared rules' fields; other fields' problems get a
	 * general one.
	 */
	private static final Map<String, String> MESSAGES = Map.of("lat", "console.error.lat", "long", "console.error.long",
			"location", "console.error.location", "phone", "console.error.phone", "email", "console.error.email",
			"locale", "console.error.language");

	/**
	 * The fields a page posts besides the {@code attribute[code]} answers, with the id of
	 * each one's input.
	 */
	static final Map<String, String> FIELD_IDS = Map.of("service_code", "service", "address_string", "address", "lat",
			"lat", "long", "lon", "description", "description", "first_name", "first-name", "last_name", "last-name",
			"phone", "phone", "email", "email", "locale", "language-en");

	private final LinkedHashMap<String, ArrayList<String>> fields = new LinkedHashMap<>();

	private CallerRequestForm() {
	}

	/**
	 * The form as posted: the known fields and the answers, each value trimmed, blank
	 * ones dropped.
	 */
	static CallerRequestForm of(MultiValueMap<String, String> posted) {
		CallerRequestForm form = new CallerRequestForm();
		posted.forEach((name, values) -> {
			if (FIELD_IDS.containsKey(name) || "updates".equals(name) || name.startsWith("attribute[")) {
				ArrayList<String> kept = new ArrayList<>();
				values.stream()
					.filter((value) -> value != null && !value.isBlank())
					.map(String::strip)
					.forEach(kept::add);
				if (!kept.isEmpty()) {
					form.fields.put(name, kept);
				}
			}
		});
		return form;
	}

	/**
	 * An empty form for a caller found by phone or email, in the municipality's language.
	 */
	static CallerRequestForm forCaller(ConsoleCaller caller, String serviceCode, String language) {
		CallerRequestForm form = new CallerRequestForm();
		form.put("service_code", serviceCode);
		if (caller != null) {
			form.put(caller.field(), caller.value());
			form.put("updates", "phone".equals(caller.field()) ? Filing.SMS : Filing.EMAIL);
		}
		form.put("locale", language);
		return form;
	}

	private void put(String name, String value) {
		if (value != null) {
			this.fields.put(name, new ArrayList<>(List.of(value)));
		}
	}

	/**
	 * The first value of {@code name}, or {@code null}; templates read the fields through
	 * it.
	 */
	String value(String name) {
		List<String> values = this.fields.get(name);
		return (values != null) ? values.get(0) : null;
	}

	/** Every field's values by field name, for a page to show the form again. */
	Map<String, List<String>> values() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		this.fields.forEach((name, kept) -> values.put(name, List.copyOf(kept)));
		return values;
	}

	String serviceCode() {
		return value("service_code");
	}

	/** {@link Filing#EMAIL} or {@link Filing#SMS}. */
	String updatesBy() {
		return value("updates");
	}

	/** The coordinates the form gives, if right: where to look for duplicates. */
	Optional<Coordinates> coordinates() {
		return Coordinates.read(value("lat"), value("long"));
	}

	/**
	 * The submission the form stands for, as every channel hands one to the filing
	 * service.
	 */
	Submission submission() {
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
		this.fields.forEach((name, values) -> answers.put(name, List.copyOf(values)));
		return Submission.of(serviceCode())
			.at(value("lat"), value("long"))
			.address(value("address_string"), null)
			.description(value("description"))
			.contact(value("first_name"), value("last_name"), value("email"), value("phone"))
			.language(value("locale"))
			.answers(Answers.fromForm(answers));
	}

	/**
	 * What is wrong, in the page's language, in page order: the problems the filing
	 * service found ({@code refused}), then the console's own; empty when there are none.
	 */
	List<PageProblem> problems(ServiceDefinition service, List<Problem> refused, MessageSource messages,
			Locale locale) {
		Map<String, PageProblem> byField = new LinkedHashMap<>();
		for (Problem problem : refused) {
			PageProblem shown = shown(problem, service, messages, locale);
			byField.putIfAbsent(shown.field(), shown);
		}
		for (PageProblem own : ownProblems(messages, locale)) {
			byField.putIfAbsent(own.field(), own);
		}
		return byField.values().stream().sorted(Comparator.comparingInt((problem) -> rank(problem.field()))).toList();
	}

	private static PageProblem shown(Problem problem, ServiceDefinition service, MessageSource messages,
			Locale locale) {
		if (problem.field().startsWith("attribute[")) {
			String code = problem.field().substring("attribute[".length(), problem.field().length() - 1);
			Attribute attribute = service.attributes()
				.stream()
				.filter((candidate) -> candidate.code().equals(code))
				.findFirst()
				.orElse(null);
			return (problem.missing() && attribute != null)
					? problem("attribute-" + code, "console.error.attribute", messages, locale,
							PageBranding.localized(attribute.description(), locale))
					: problem("attribute-" + code, "console.error.invalid", messages, locale);
		}
		String id = "location".equals(problem.field()) ? "address"
				: FIELD_IDS.getOrDefault(problem.field(), "description");
		String key = problem.addressNotPlaced() ? "console.error.address.unplaced"
				: MESSAGES.getOrDefault(problem.field(), "console.error.invalid");
		return problem(id, key, messages, locale);
	}

	/**
	 * The console's own rules: a choice of updates, with the address it needs, and a
	 * language.
	 */
	private List<PageProblem> ownProblems(MessageSource messages, Locale locale) {
		List<PageProblem> problems = new ArrayList<>();
		String updates = updatesBy();
		if (!Filing.EMAIL.equals(updates) && !Filing.SMS.equals(updates)) {
			problems.add(problem("updates-email", "console.error.updates", messages, locale));
		}
		else if (Filing.EMAIL.equals(updates) && value("email") == null) {
			problems.add(problem("email", "console.error.updates.email", messages, locale));
		}
		else if (Filing.SMS.equals(updates) && value("phone") == null) {
			problems.add(problem("phone", "console.error.updates.sms", messages, locale));
		}
		if (value("locale") == null) {
			problems.add(problem("language-en", "console.error.language", messages, locale));
		}
		return problems;
	}

	private static int rank(String field) {
		return field.startsWith("attribute-") ? -1 : ORDER.indexOf(field);
	}

	static String attributeField(Attribute attribute) {
		return "attribute[" + attribute.code() + "]";
	}

	private static PageProblem problem(String field, String key, MessageSource messages, Locale locale,
			Object... arguments) {
		return new PageProblem(field, messages.getMessage(key, arguments, locale));
	}

}
