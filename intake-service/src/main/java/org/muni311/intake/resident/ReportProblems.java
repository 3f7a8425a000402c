package org.muni311.intake.resident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.muni311.autoconfigure.web.PageProblem;

import org.springframework.context.MessageSource;

/**
 * Turns the problems the Open311 check found (written for API clients, in English, each starting with the field
 * it is about) into the page's: one message per field of the form, in the page's language, in the order the
 * fields appear, each linking to its field.
 */
final class ReportProblems {

	private static final Pattern ATTRIBUTE = Pattern.compile("^attribute\\[([^\\[\\]]{1,100})\\]( is required)?");

	/** The page's fields, in page order, after the questions. */
	private static final List<String> ORDER = List.of("address", "lat", "long", "description", "first-name",
			"last-name", "email", "phone", "report-heading");

	private ReportProblems() {
	}

	/**
	 * @param problems what {@link org.muni311.intake.open311.SubmissionCheck} found
	 * @param questions the service's questions, in page order
	 * @param form what was typed
	 */
	static List<PageProblem> of(List<String> problems, List<AttributeField> questions, ReportForm form,
			MessageSource messages, Locale locale) {
		Map<String, PageProblem> byField = new LinkedHashMap<>();
		for (String problem : problems) {
			Matcher attribute = ATTRIBUTE.matcher(problem);
			AttributeField question = attribute.lookingAt() ? questions.stream()
				.filter((candidate) -> candidate.code().equals(attribute.group(1)))
				.findFirst()
				.orElse(null) : null;
			if (question != null) {
				String key = (attribute.group(2) != null) ? "resident.error.attribute.required"
						: "resident.error.attribute.invalid";
				byField.putIfAbsent(question.id(), new PageProblem(question.id(),
						messages.getMessage(key, new Object[] { question.question() }, locale)));
				continue;
			}
			String field = field(problem, form);
			byField.putIfAbsent(field,
					new PageProblem(field, messages.getMessage("resident.error." + field, null, locale)));
		}
		List<String> order = new ArrayList<>(questions.stream().map(AttributeField::id).toList());
		order.addAll(ORDER);
		return byField.values().stream().sorted(Comparator.comparingInt((p) -> order.indexOf(p.field()))).toList();
	}

	private static String field(String problem, ReportForm form) {
		if (problem.startsWith("a location is required")) {
			return "address";
		}
		if (problem.startsWith("lat and long go together")) {
			return form.value("lat").isBlank() ? "lat" : "long";
		}
		for (Map.Entry<String, String> field : ReportForm.FIELDS.entrySet()) {
			if (problem.startsWith(field.getValue() + " ")) {
				return field.getKey();
			}
		}
		// nothing a resident typed (a form changed by hand): the form as a whole
		return "report-heading";
	}

}
