package org.muni311.intake.agent.console;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.intake.request.Filing;

import org.springframework.context.MessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What an agent entered to log a request for a caller, under the Open311 field names (so that the same
 * {@code SubmissionCheck} as the agent API reads it), with the console's own checks first: messages in the page's
 * language, each naming the field it is about. Kept in the session while the agent decides on a duplicate.
 */
final class CallerRequestForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{3,40}$");

	private static final Pattern DECIMAL = Pattern.compile("^[+-]?[0-9]{1,3}(\\.[0-9]{1,20})?$");

	/** The fields a page posts besides the {@code attribute[code]} answers, with the id of each one's input. */
	static final Map<String, String> FIELD_IDS = Map.of("service_code", "service", "address_string", "address",
			"lat", "lat", "long", "lon", "description", "description", "first_name", "first-name", "last_name",
			"last-name", "phone", "phone", "email", "email", "locale", "language-en");

	private final LinkedHashMap<String, ArrayList<String>> fields = new LinkedHashMap<>();

	private CallerRequestForm() {
	}

	/** The form as posted: the known fields and the answers, each value trimmed, blank ones dropped. */
	static CallerRequestForm of(MultiValueMap<String, String> posted) {
		CallerRequestForm form = new CallerRequestForm();
		posted.forEach((name, values) -> {
			if (FIELD_IDS.containsKey(name) || "updates".equals(name) || name.startsWith("attribute[")) {
				ArrayList<String> kept = new ArrayList<>();
				values.stream().filter((value) -> value != null && !value.isBlank()).map(String::strip)
					.forEach(kept::add);
				if (!kept.isEmpty()) {
					form.fields.put(name, kept);
				}
			}
		});
		return form;
	}

	/** An empty form for a caller found by phone or email, in the municipality's language. */
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

	/** The first value of {@code name}, or {@code null}; templates read the fields through it. */
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

	/** Whether the form gives coordinates, for the duplicate check. */
	boolean hasCoordinates() {
		return value("lat") != null && value("long") != null;
	}

	/** The fields as Open311 names them. */
	MultiValueMap<String, String> open311Fields() {
		MultiValueMap<String, String> open311 = new LinkedMultiValueMap<>();
		this.fields.forEach((name, values) -> {
			if (!"updates".equals(name)) {
				open311.put(name, List.copyOf(values));
			}
		});
		return open311;
	}

	/** What is wrong, in the page's language; empty when the console's checks pass. */
	List<PageProblem> problems(ServiceDefinition service, MessageSource messages, Locale locale) {
		List<PageProblem> problems = new ArrayList<>();
		for (Attribute attribute : service.attributes()) {
			if (attribute.variable() && attribute.required() && !this.fields.containsKey(attributeField(attribute))) {
				problems.add(problem("attribute-" + attribute.code(), "console.error.attribute", messages, locale,
						PageBranding.localized(attribute.description(), locale)));
			}
		}
		String lat = value("lat");
		String lon = value("long");
		if (lat != null || lon != null) {
			if (!coordinate(lat, 90)) {
				problems.add(problem("lat", "console.error.lat", messages, locale));
			}
			if (!coordinate(lon, 180)) {
				problems.add(problem("lon", "console.error.long", messages, locale));
			}
		}
		else if (value("address_string") == null) {
			problems.add(problem("address", "console.error.location", messages, locale));
		}
		if (value("phone") != null && !PHONE.matcher(value("phone")).matches()) {
			problems.add(problem("phone", "console.error.phone", messages, locale));
		}
		if (value("email") != null && !EMAIL.matcher(value("email")).matches()) {
			problems.add(problem("email", "console.error.email", messages, locale));
		}
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
		if (!"en".equals(value("locale")) && !"fr".equals(value("locale"))) {
			problems.add(problem("language-en", "console.error.language", messages, locale));
		}
		return problems;
	}

	/**
	 * The checks the agent API applies, for what the console's own did not catch (lengths, control characters,
	 * list answers): each problem's field named in the page's language.
	 */
	static List<PageProblem> refused(List<String> open311Problems, MessageSource messages, Locale locale) {
		return open311Problems.stream().map((problem) -> {
			String name = problem.split("[ '\\[]", 2)[0];
			String id = problem.startsWith("attribute[")
					? "attribute-" + problem.substring("attribute[".length(), problem.indexOf(']')) : FIELD_IDS
						.getOrDefault(name, "description");
			return problem(id, "console.error.invalid", messages, locale);
		}).distinct().toList();
	}

	static String attributeField(Attribute attribute) {
		return "attribute[" + attribute.code() + "]";
	}

	private static boolean coordinate(String value, double limit) {
		return value != null && DECIMAL.matcher(value).matches() && Math.abs(Double.parseDouble(value)) <= limit;
	}

	private static PageProblem problem(String field, String key, MessageSource messages, Locale locale,
			Object... arguments) {
		return new PageProblem(field, messages.getMessage(key, arguments, locale));
	}

}
