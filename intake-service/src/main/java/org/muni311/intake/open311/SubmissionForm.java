package org.muni311.intake.open311;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.muni311.contracts.GeoPoint;
import org.muni311.intake.request.Contact;
import org.muni311.intake.request.NewServiceRequest;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Reads the fields of an Open311 {@code POST requests} into a {@link NewServiceRequest}, collecting every problem
 * rather than stopping at the first, so a client fixes its call in one go.
 */
final class SubmissionForm {

	static final int MAX_DESCRIPTION = 4000;

	private static final int MAX_NAME = 200;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private static final List<String> LANGUAGES = List.of("en", "fr");

	private final MultiValueMap<String, String> fields;

	private final List<String> problems = new ArrayList<>();

	private SubmissionForm(MultiValueMap<String, String> fields) {
		this.fields = fields;
	}

	/** The request the fields describe; an {@link Open311Exception} (400) listing every problem otherwise. */
	static NewServiceRequest read(MultiValueMap<String, String> fields) {
		SubmissionForm form = new SubmissionForm(fields);
		NewServiceRequest request = form.toRequest();
		if (!form.problems.isEmpty()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, form.problems);
		}
		return request;
	}

	private NewServiceRequest toRequest() {
		String serviceCode = text("service_code", 100);
		if (serviceCode == null) {
			this.problems.add("service_code is required: pick one from services.json");
		}
		GeoPoint location = location();
		String addressString = text("address_string", 500);
		String addressId = text("address_id", 100);
		if (location == null && addressString == null && addressId == null && !this.fields.containsKey("lat")
				&& !this.fields.containsKey("long")) {
			this.problems.add("a location is required: lat and long, address_string or address_id");
		}
		Contact contact = new Contact(email(), text("first_name", MAX_NAME), text("last_name", MAX_NAME),
				text("phone", 50), text("device_id", MAX_NAME), text("account_id", MAX_NAME));
		return new NewServiceRequest(serviceCode, location, addressString, addressId,
				text("description", MAX_DESCRIPTION), mediaUrl(), contact, language());
	}

	private GeoPoint location() {
		String lat = text("lat", 40);
		String lon = text("long", 40);
		if (lat == null && lon == null) {
			return null;
		}
		if (lat == null || lon == null) {
			this.problems.add("lat and long go together: send both or neither");
			return null;
		}
		Double latitude = coordinate("lat", lat, 90);
		Double longitude = coordinate("long", lon, 180);
		return (latitude != null && longitude != null) ? new GeoPoint(latitude, longitude) : null;
	}

	private Double coordinate(String name, String value, double limit) {
		double parsed;
		try {
			parsed = Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			this.problems.add(name + " must be a decimal number of degrees (WGS84), not '" + value + "'");
			return null;
		}
		if (!Double.isFinite(parsed) || Math.abs(parsed) > limit) {
			this.problems.add(name + " must be between -" + (int) limit + " and " + (int) limit + ", not " + value);
			return null;
		}
		return parsed;
	}

	private String email() {
		String email = text("email", 254);
		if (email != null && !EMAIL.matcher(email).matches()) {
			this.problems.add("email '" + email + "' is not an email address");
			return null;
		}
		return email;
	}

	private String mediaUrl() {
		String url = text("media_url", 2000);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
				return url;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// reported below
		}
		this.problems.add("media_url must be an http or https address");
		return null;
	}

	private String language() {
		String language = text("locale", 10);
		if (language == null) {
			return null;
		}
		String code = language.toLowerCase(Locale.ROOT).substring(0, Math.min(2, language.length()));
		if (!LANGUAGES.contains(code)) {
			this.problems.add("locale must be en or fr, not '" + language + "'");
			return null;
		}
		return code;
	}

	/** The trimmed field, {@code null} when absent or blank; a problem when longer than {@code max}. */
	private String text(String name, int max) {
		List<String> values = this.fields.get(name);
		if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
			return null;
		}
		if (values.size() > 1) {
			this.problems.add(name + " was sent " + values.size() + " times; send it once");
		}
		String value = values.get(0).strip();
		if (value.length() > max) {
			this.problems.add(name + " is " + value.length() + " characters long; at most " + max + " are allowed");
			return null;
		}
		return value;
	}

}
