package org.muni311.intake.open311;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.contracts.municipality.ServiceDefinition.AttributeValue;

import org.springframework.util.MultiValueMap;

/**
 * Reads the answers to a service definition's questions: {@code attribute[code]=value}, and for a
 * multivaluelist {@code attribute[code][]=value} (or the same field repeated). Checks them against the definition:
 * required questions answered, list answers among the listed keys, numbers and datetimes well formed, no unknown
 * codes.
 */
final class AttributeAnswers {

	private static final Pattern FIELD = Pattern.compile("^attribute\\[([^\\[\\]]{1,100})\\](\\[\\])?$");

	private static final Pattern NUMBER = Pattern.compile("^[+-]?[0-9]{1,15}(\\.[0-9]{1,15})?$");

	private static final int MAX_STRING = 500;

	private AttributeAnswers() {
	}

	/** The answers by attribute code; every problem is added to {@code problems}. */
	static Map<String, List<String>> read(MultiValueMap<String, String> fields, ServiceDefinition service,
			List<String> problems) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		fields.forEach((name, values) -> {
			Matcher matcher = FIELD.matcher(name);
			if (matcher.matches()) {
				given.computeIfAbsent(matcher.group(1), (code) -> new ArrayList<>())
					.addAll(values.stream().map(String::strip).filter((value) -> !value.isEmpty()).toList());
			}
			else if (name.startsWith("attribute")) {
				problems.add("'" + name + "' is not an attribute field: use attribute[code] or attribute[code][]");
			}
		});
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (String code : given.keySet()) {
			if (service.attributes().stream().noneMatch((attribute) -> attribute.code().equals(code))) {
				problems.add("attribute[" + code + "] is not a question of service " + service.code()
						+ ": see services/" + service.code() + ".json");
			}
		}
		for (Attribute attribute : service.attributes()) {
			List<String> values = given.getOrDefault(attribute.code(), List.of());
			if (values.isEmpty()) {
				if (attribute.variable() && attribute.required()) {
					problems.add("attribute[" + attribute.code() + "] is required for service " + service.code());
				}
				continue;
			}
			if (!attribute.variable()) {
				problems.add("attribute[" + attribute.code() + "] is information shown to residents, not a question");
				continue;
			}
			if (check(attribute, values, problems)) {
				answers.put(attribute.code(), List.copyOf(values));
			}
		}
		return answers;
	}

	private static boolean check(Attribute attribute, List<String> values, List<String> problems) {
		String field = "attribute[" + attribute.code() + "]";
		int before = problems.size();
		if (!"multivaluelist".equals(attribute.datatype()) && values.size() > 1) {
			problems.add(field + " takes one value, not " + values.size());
		}
		if (values.size() > 50) {
			problems.add(field + " has too many values");
			return false;
		}
		Set<String> keys = new LinkedHashSet<>(attribute.values().stream().map(AttributeValue::key).toList());
		for (String value : values) {
			int max = "text".equals(attribute.datatype()) ? SubmissionForm.MAX_DESCRIPTION : MAX_STRING;
			if (value.length() > max) {
				problems.add(field + " is longer than " + max + " characters");
			}
			else if (!TextCheck.clean(value, "text".equals(attribute.datatype()))) {
				problems.add(field + " holds control characters");
			}
			else if (attribute.takesValues() && !keys.contains(value)) {
				problems.add(field + " must be one of " + keys + ", not '" + abbreviate(value) + "'");
			}
			else if ("number".equals(attribute.datatype()) && !NUMBER.matcher(value).matches()) {
				problems.add(field + " must be a decimal number, not '" + abbreviate(value) + "'");
			}
			else if ("datetime".equals(attribute.datatype()) && !datetime(value)) {
				problems.add(field + " must be a date and time such as 2026-05-01T14:30:00-04:00");
			}
		}
		return problems.size() == before;
	}

	private static boolean datetime(String value) {
		try {
			OffsetDateTime.parse(value.replace(' ', '+'));
			return true;
		}
		catch (DateTimeParseException ex) {
			// a local date and time, or a date alone, is also an answer
		}
		try {
			LocalDateTime.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			// try a date alone
		}
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "..." : value;
	}

}
