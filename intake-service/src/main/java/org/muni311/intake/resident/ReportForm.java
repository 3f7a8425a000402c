package org.muni311.intake.resident;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.ServiceDefinition;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a resident typed on the report form: kept to show again on error, and turned into the fields of an Open311
 * submission (blank fields left out, as a client would, so the check's rules apply unchanged; the page's language
 * as {@code locale}).
 */
final class ReportForm {

	/** The page's fields and the Open311 field each one fills. */
	static final Map<String, String> FIELDS = Map.of("lat", "lat", "long", "long", "address", "address_string",
			"description", "description", "first-name", "first_name", "last-name", "last_name", "email", "email",
			"phone", "phone");

	private static final Pattern ATTRIBUTE = Pattern.compile("^attribute\\[([^\\[\\]]{1,100})\\](\\[\\])?$");

	private static final Pattern TOKEN = Pattern
		.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	private static final Pattern DECIMAL = Pattern.compile("^[+-]?[0-9]{1,3}(\\.[0-9]{1,20})?$");

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
	 * The form's submission token: made when the form was first shown and kept while it is shown again, so that
	 * sending the same form twice (a double click, a retry on a slow connection) files one report.
	 */
	public String token() {
		String token = this.values.getFirst("submission");
		return (token != null && TOKEN.matcher(token).matches()) ? token : UUID.randomUUID().toString();
	}

	/** Whether the form carries the token it was shown with (a form posted by hand may not). */
	boolean hasToken() {
		String token = this.values.getFirst("submission");
		return token != null && TOKEN.matcher(token).matches();
	}

	/** The typed coordinates, when both are decimal degrees in range; else {@code null}. */
	GeoPoint point() {
		String lat = value("lat").strip();
		String lon = value("long").strip();
		if (!DECIMAL.matcher(lat).matches() || !DECIMAL.matcher(lon).matches()) {
			return null;
		}
		double latitude = Double.parseDouble(lat);
		double longitude = Double.parseDouble(lon);
		return (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) ? new GeoPoint(latitude, longitude) : null;
	}

	/** The Open311 submission this form stands for, of {@code service}, in {@code language}. */
	MultiValueMap<String, String> open311Fields(ServiceDefinition service, String language) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("service_code", service.code());
		FIELDS.forEach((page, open311) -> {
			List<String> given = this.values.get(page);
			if (given != null) {
				given.stream().filter((value) -> value != null && !value.isBlank()).forEach(
						(value) -> fields.add(open311, value));
			}
		});
		this.values.forEach((name, given) -> {
			Matcher attribute = ATTRIBUTE.matcher(name);
			if (attribute.matches()) {
				given.stream().filter((value) -> value != null && !value.isBlank()).forEach(
						(value) -> fields.add(name, value));
			}
		});
		fields.add("locale", language);
		return fields;
	}

}
