package org.muni311.intake.open311;

import java.util.List;

import org.muni311.intake.request.Answers;
import org.muni311.intake.request.Submission;

import org.springframework.util.MultiValueMap;

/**
 * Reads the fields of an Open311 {@code POST requests} into a {@link Submission}, which
 * the filing service checks by the rules every channel shares, noting the problems only a
 * form can have: a field sent twice, a field named like an answer that is not one.
 */
final class SubmissionForm {

	private final MultiValueMap<String, String> fields;

	private final List<String> problems;

	private SubmissionForm(MultiValueMap<String, String> fields, List<String> problems) {
		this.fields = fields;
		this.problems = problems;
	}

	/**
	 * The submission {@code fields} describe; the form's own problems are added to
	 * {@code problems}.
	 */
	static Submission read(MultiValueMap<String, String> fields, List<String> problems) {
		SubmissionForm form = new SubmissionForm(fields, problems);
		fields.keySet()
			.stream()
			.filter((name) -> name.startsWith("attribute") && !Answers.isAnswerField(name))
			.forEach((name) -> problems
				.add("'" + name + "' is not an attribute field: use attribute[code] or attribute[code][]"));
		return Submission.of(form.one("service_code"))
			.at(form.one("lat"), form.one("long"))
			.address(form.one("address_string"), form.one("address_id"))
			.description(form.one("description"))
			.media(form.one("media_url"))
			.contact(form.one("first_name"), form.one("last_name"), form.one("email"), form.one("phone"))
			.device(form.one("device_id"), form.one("account_id"))
			.language(form.one("locale"))
			.answers(Answers.fromForm(fields));
	}

	/** The field's value, noting a problem when it was sent more than once. */
	private String one(String name) {
		List<String> values = this.fields.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			this.problems.add(name + " was sent " + values.size() + " times; send it once");
		}
		return values.get(0);
	}

}
