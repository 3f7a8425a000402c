package org.muni311.intake.open311;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.municipality.Municipality;
import org.muni311.intake.request.Contact;
import org.muni311.intake.request.NewServiceRequest;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Reads the fields of an Open311 {@code POST requests} into a {@link NewServiceRequest}, collecting every problem
 * rather than stopping at the first, so a client fixes its call in one go. Coordinates must be plain decimals in
 * range (no hexadecimal, exponent, NaN or Infinity); control characters are refused (line breaks and tabs only in
 * free text); a location is required.
 */
final class SubmissionForm {

	static final int MAX_DESCRIPTION = 4000;

	private static final int MAX_NAME = 200;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{3,40}$");

	private static final Pattern DECIMAL = Pattern.compile("^[+-]?[0-9]{1,3}(\\.[0-9]{1,20})?$");

	private static final List<String> LANGUAGES = List.of("en", "fr");

	private final MultiValueMap<String, String> fields;

	private final List<String> problems = new ArrayList<>();

	private SubmissionForm(MultiValueMap<String, String> fields) {
		this.fields = fields;
	}

	/**
	 * The request the fields describe for {@code municipality}; an {@link Open311Exception} (400) listing every
	 * problem otherwise.
	 */
	static NewServiceRequest read(MultiValueMap<String, String> fields, Municipality municipality) {
		SubmissionForm form = new SubmissionForm(fields);
		NewServiceRequest request = form.toRequest(municipality);
		if (!form.problems.isEmpty()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, form.problems);
		}
		return request;
	}

	private NewServiceRequest toRequest(Municipality municipality) {
		String serviceCode = text("service_code", 100, false);
		Map<String, List<String>> attributes = Map.of();
		if (serviceCode == null) {
			this.problems.add("service_code is required: pick one from services.json");
		}
		else {
			ServiceDefinition service = municipality.service(serviceCode).orElse(null);
			if (service == null) {
				this.problems.add("service_code '" + serviceCode + "' is not a service of "
						+ municipality.jurisdictionId() + ": see services.json");
			}
			else {
				attributes = AttributeAnswers.read(this.fields, service, this.problems);
			}
		}
		GeoPoint location = location();
		String addressString = text("address_string", 500, false);
		String addressId = text("address_id", 100, false);
		if (location == null && addressString == null && addressId == null && !present("lat")
				&& !present("long")) {
			this.problems.add("a location is required: lat and long, address_string or address_id");
		}
		Contact contact = new Contact(email(), text("first_name", MAX_NAME, false), text("last_name", MAX_NAME, false),
				phone(), text("device_id", MAX_NAME, false), text("account_id", MAX_NAME, false), null);
		return new NewServiceRequest(serviceCode, location, addressString, addressId,
				text("description", MAX_DESCRIPTION, true), mediaUrl(), contact, language(), attributes);
	}

	private GeoPoint location() {
		if (!present("lat") && !present("long")) {
			return null;
		}
		String lat = text("lat", 40, false);
		String lon = text("long", 40, false);
		if (lat == null || lon == null) {
			this.problems.add("lat and long go together, both as decimal degrees: one is missing or blank");
			return null;
		}
		Double latitude = coordinate("lat", lat, 90);
		Double longitude = coordinate("long", lon, 180);
		return (latitude != null && longitude != null) ? new GeoPoint(latitude, longitude) : null;
	}

	private Double coordinate(String name, String value, double limit) {
		if (!DECIMAL.matcher(value).matches()) {
			this.problems.add(name + " must be a decimal number of degrees (WGS84) such as 45.4215, not '" + value
					+ "'");
			return null;
		}
		double parsed = Double.parseDouble(value);
		if (Math.abs(parsed) > limit) {
			this.problems.add(name + " must be between -" + (int) limit + " and " + (int) limit + ", not " + value);
			return null;
		}
		return parsed;
	}

	private String email() {
		String email = text("email", 254, false);
		if (email != null && !EMAIL.matcher(email).matches()) {
			this.problems.add("email '" + email + "' is not an email address");
			return null;
		}
		return email;
	}

	private String phone() {
		String phone = text("phone", 40, false);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			this.problems.add("phone may hold digits, spaces, + ( ) . - only");
			return null;
		}
		return phone;
	}

	private String mediaUrl() {
		String url = text("media_url", 2000, false);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		this.problems.add("media_url must be an http or https address");
		return null;
	}

	private String language() {
		String language = text("locale", 10, false);
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

	private boolean present(String name) {
		return this.fields.containsKey(name);
	}

	/**
	 * The trimmed field, {@code null} when absent or blank; a problem when longer than {@code max}, sent twice, or
	 * holding control characters ({@code multiline} allows line breaks and tabs).
	 */
	private String text(String name, int max, boolean multiline) {
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
		if (!TextCheck.clean(value, multiline)) {
			this.problems.add(name + " holds control characters" + (multiline ? " (only line breaks and tabs are "
					+ "allowed)" : ""));
			return null;
		}
		return value;
	}

}
