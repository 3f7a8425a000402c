package org.muni311.intake.resident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.intake.request.Problem;

import org.springframework.context.MessageSource;

/**
 * Puts the problems the filing service found (each on a field under the platform's name)
 * on the page's fields: one message per field of the form, in the page's language, in the
 * order the fields appear, each linking to its field.
 */
final class ReportProblems {

	/** The page's fields, in page order, after the questions. */
	private static final List<String> ORDER = List.of("address", "lat", "long", "description", "first-name",
			"last-name", "email", "phone", "report-heading");

	private ReportProblems() {
	}

	/**
	 * @param problems what the filing service found
	 * @param questions the service's questions, in page order
	 */
	static List<PageProblem> of(List<Problem> problems, List<AttributeField> questions, MessageSource messages,
			Locale locale) {
		Map<String, PageProblem> byField = new LinkedHashMap<>();
		for (Problem problem : problems) {
			AttributeField question = questions.stream()
				.filter((candidate) -> problem.field().equals("attribute[" + candidate.code() + "]"))
				.findFirst()
				.orElse(null);
			if (question != null) {
				String key = problem.missing() ? "resident.error.attribute.required"
						: "resident.error.attribute.invalid";
				byField.putIfAbsent(question.id(), new PageProblem(question.id(),
						messages.getMessage(key, new Object[] { question.question() }, locale)));
				continue;
			}
			String field = field(problem);
			String key = problem.addressNotPlaced() ? "resident.error.address.unplaced" : "resident.error." + field;
			byField.putIfAbsent(field, new PageProblem(field, messages.getMessage(key, null, locale)));
		}
		List<String> order = new ArrayList<>(questions.stream().map(AttributeField::id).toList());
		order.addAll(ORDER);
		return byField.values().stream().sorted(Comparator.comparingInt((p) -> order.indexOf(p.field()))).toList();
	}

	private static String field(Problem problem) {
		if ("location".equals(problem.field())) {
			return "address";
		}
		return ReportForm.FIELDS.entrySet()
			.stream()
			.filter((field) -> field.getValue().equals(problem.field()))
			.map(Map.Entry::getKey)
			.findFirst()
			// nothing a resident typed (a form changed by hand): the form as a whole
			.orElse("report-heading");
	}

}
