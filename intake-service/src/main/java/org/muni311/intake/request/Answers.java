package org.muni311.intake.request;

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
 * The answers to a service definition's questions, checked against it: required questions
 * answered, list answers among the listed keys, numbers and datetimes well formed, no
 * unknown codes. Form channels send them as {@code attribute[code]=value}, and for a
 * multivaluelist {@code attribute[code][]=value} (or the field repeated):
 * {@link #fromForm} reads that.
 */
public final class Answers {

	private static final Pattern FIELD = Pattern.compile("^attribute\\[([^\\[\\]]{1,100})\\](\\[\\])?$");

	private static final Pattern NUMBER = Pattern.compile("^[+-]?[0-9]{1,15}(\\.[0-9]{1,15})?$");

	private static final int MAX_STRING = 500;

	private Answers() {
	}

	/**
	 * Whether {@code name} is the field of an answer, {@code attribute[code]} or
	 * {@code attribute[code][]}.
	 */
	public static boolean isAnswerField(String name) {
		return FIELD.matcher(name).matches();
	}

	/**
	 * The answers among {@code fields}, by attribute code, each trimmed, blank ones left
	 * out.
	 */
	public static Map<String, List<String>> fromForm(MultiValueMap<String, String> fields) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		fields.forEach((name, values) -> {
			Matcher matcher = FIELD.matcher(name);
			if (matcher.matches()) {
				given.computeIfAbsent(matcher.group(1), (code) -> new ArrayList<>())
					.addAll(values.stream()
						.filter((value) -> value != null && !value.isBlank())
						.map(String::strip)
						.toList());
			}
		});
		return given;
	}

	/**
	 * The answers {@code given} by attribute code that hold; every problem is added to
	 * {@code problems}.
	 */
	static Map<String, List<String>> check(ServiceDefinition service, Map<String, List<String>> given,
			Problems problems) {
		for (String code : given.keySet()) {
			if (service.attributes().stream().noneMatch((attribute) -> attribute.code().equals(code))) {
				problems.add(Problem.invalid(field(code), "is not a question of service " + service.code()
						+ ": see services/" + service.code() + ".json"));
			}
		}
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (Attribute attribute : service.attributes()) {
			List<String> values = given.getOrDefault(attribute.code(), List.of())
				.stream()
				.filter((value) -> value != null && !value.isBlank())
				.map(String::strip)
				.toList();
			if (values.isEmpty()) {
				if (attribute.variable() && attribute.required()) {
					problems
						.add(Problem.required(field(attribute.code()), "is required for service " + service.code()));
				}
				continue;
			}
			if (!attribute.variable()) {
				problems
					.add(Problem.invalid(field(attribute.code()), "is information shown to residents, not a question"));
				continue;
			}
			if (check(attribute, values, problems)) {
				answers.put(attribute.code(), List.copyOf(values));
			}
		}
		return answers;
	}

	private static String field(String code) {
		return "attribute[" + code + "]";
	}

	private static boolean check(Attribute attribute, List<String> values, Problems problems) {
		String field = field(attribute.code());
		Problems found = new Problems();
		if (!"multivaluelist".equals(attribute.datatype()) && values.size() > 1) {
			found.add(Problem.invalid(field, "takes one value, not " + values.size()));
		}
		if (values.size() > 50) {
			problems.add(Problem.invalid(field, "has too many values"));
			return false;
		}
		Set<String> keys = new LinkedHashSet<>(attribute.values().stream().map(AttributeValue::key).toList());
		for (String value : values) {
			int max = "text".equals(attribute.datatype()) ? Description.MAX : MAX_STRING;
			if (value.length() > max) {
				found.add(Problem.invalid(field, "is longer than " + max + " characters"));
			}
			else if (!Text.clean(value, "text".equals(attribute.datatype()))) {
				found.add(Problem.invalid(field, "holds control characters"));
			}
			else if (attribute.takesValues() && !keys.contains(value)) {
				found.add(Problem.invalid(field, "must be one of " + keys + ", not '" + abbreviate(value) + "'"));
			}
			else if ("number".equals(attribute.datatype()) && !NUMBER.matcher(value).matches()) {
				found.add(Problem.invalid(field, "must be a decimal number, not '" + abbreviate(value) + "'"));
			}
			else if ("datetime".equals(attribute.datatype()) && !datetime(value)) {
				found.add(Problem.invalid(field, "must be a date and time such as 2026-05-01T14:30:00-04:00"));
			}
		}
		found.addTo(problems);
		return found.isEmpty();
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
