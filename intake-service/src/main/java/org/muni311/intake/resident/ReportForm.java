package org.muni311.intake.resident;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.request.Answers;
import org.muni311.intake.request.Coordinates;
import org.muni311.intake.request.Fingerprint;
import org.muni311.intake.request.Submission;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a resident typed on the report form: kept to show again on error, and read into
 * the same {@link Submission} as every channel's (the page's language as the reporter's).
 */
final class ReportForm {

	/** The platform's name of each of the page's fields. */
	static final Map<String, String> FIELDS = Map.of("lat", "lat", "long", "long", "address", "address_string",
			"description", "description", "first-name", "first_name", "last-name", "last_name", "email", "email",
			"phone", "phone");

	private static final Pattern TOKEN = Pattern
		.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	/** The hidden field that holds the id of the photo kept for this form. */
	static final String PHOTO = "photo_id";

	private static final Pattern PHOTO_ID = Pattern.compile("^[0-9a-f]{32}$");

	private final MultiValueMap<String, String> values;

	private ReportForm(MultiValueMap<String, String> values) {
		this.values = values;
	}

	/** An empty form. */
	static ReportForm empty() {
		return new ReportForm(new LinkedMultiValueMap<>());
	}

	/** The form as posted. */
	static ReportForm of(MultiValueMap<String, String> posted) {
		return new ReportForm((posted != null) ? posted : new LinkedMultiValueMap<>());
	}

	/** The id of the photo kept for this form, or {@code null}. */
	public String photo() {
		String id = this.values.getFirst(PHOTO);
		return (id != null && PHOTO_ID.matcher(id).matches()) ? id : null;
	}

	/** The value typed in field {@code name}, or an empty string. */
	public String value(String name) {
		String value = this.values.getFirst(name);
		return (value != null) ? value : "";
	}

	/** Whether choice {@code key} of the list attribute {@code code} was picked. */
	public boolean picked(String code, String key) {
		List<String> single = this.values.getOrDefault("attribute[" + code + "]", List.of());
		List<String> multiple = this.values.getOrDefault("attribute[" + code + "][]", List.of());
		return single.contains(key) || multiple.contains(key);
	}

	/** The answer to attribute {@code code} (one value). */
	public String answer(String code) {
		return value("attribute[" + code + "]");
	}

	/**
	 * The form's submission token: made when the form was first shown and kept while it
	 * is shown again, so that sending the same form twice (a double click, a retry on a
	 * slow connection) files one report.
	 */
	public String token() {
		String token = this.values.getFirst("submission");
		return (token != null && TOKEN.matcher(token).matches()) ? token : UUID.randomUUID().toString();
	}

	/**
	 * Whether the form carries the token it was shown with (a form posted by hand may
	 * not).
	 */
	boolean hasToken() {
		String token = this.values.getFirst("submission");
		return token != null && TOKEN.matcher(token).matches();
	}

	/**
	 * The typed coordinates, when both are decimal degrees in range; else {@code null}.
	 */
	GeoPoint point() {
		return Coordinates.read(value("lat"), value("long")).map(Coordinates::point).orElse(null);
	}

	/**
	 * The submission this form stands for, of {@code service}, in {@code language}, with
	 * the photo at {@code mediaUrl} (or none).
	 */
	Submission submission(ServiceDefinition service, String language, String mediaUrl) {
		return Submission.of(service.code())
			.at(value("lat"), value("long"))
			.address(value("address"), null)
			.description(value("description"))
			.contact(value("first-name"), value("last-name"), value("email"), value("phone"))
			.media(mediaUrl)
			.language(language)
			.answers(Answers.fromForm(this.values));
	}

	/**
	 * A digest of what was typed, the same when the same form is sent again: the fields
	 * the submission is made of, in any order, without the form's token.
	 */
	String fingerprint(ServiceDefinition service, String language, String mediaUrl) {
		Map<String, List<String>> typed = new TreeMap<>();
		this.values.forEach((name, given) -> {
			if (FIELDS.containsKey(name) || Answers.isAnswerField(name)) {
				typed.put(name, given);
			}
		});
		typed.put("service", List.of(service.code()));
		typed.put("language", List.of(language));
		typed.put("media", (mediaUrl != null) ? List.of(mediaUrl) : List.of());
		return Fingerprint.ofFields(typed);
	}

}
