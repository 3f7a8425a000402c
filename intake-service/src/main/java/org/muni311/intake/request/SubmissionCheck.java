package org.muni311.intake.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.municipality.Municipality;

/**
 * The rules every channel's submission is checked by, in one place: a service of the
 * catalogue and its questions answered, a location ({@link Coordinates} or an address), a
 * {@link Description}, a {@link Contact}, a photo's http(s) address, a language. Every
 * problem is collected rather than stopping at the first, so that a client or a resident
 * fixes the submission in one go.
 */
final class SubmissionCheck {

	private static final List<String> LANGUAGES = List.of("en", "fr");

	private SubmissionCheck() {
	}

	/**
	 * The request {@code submission} describes for {@code municipality}, with the
	 * catalogue entry it names.
	 * @throws RefusedException listing every problem
	 */
	static Checked check(Submission submission, Municipality municipality) {
		Problems problems = new Problems();
		ServiceDefinition service = service(submission, municipality, problems);
		Map<String, List<String>> answers = (service != null && submission.classified() == null)
				? Answers.check(service, submission.answers(), problems) : Map.of();
		Coordinates coordinates = problems.read(() -> Coordinates.parse(submission.lat(), submission.lon()));
		String addressString = problems
			.read(() -> Text.check("address_string", submission.addressString(), 500, false));
		String addressId = problems.read(() -> Text.check("address_id", submission.addressId(), 100, false));
		if (Text.given(submission.lat()) == null && Text.given(submission.lon()) == null
				&& Text.given(submission.addressString()) == null && Text.given(submission.addressId()) == null) {
			problems.add(Problem.required("location", "is required: lat and long, address_string or address_id"));
		}
		Description description = problems.read(() -> Description.parse(submission.description()));
		String mediaUrl = problems.read(() -> mediaUrl(submission.mediaUrl()));
		Contact contact = problems.read(submission::contactChecked);
		String language = problems.read(() -> language(submission.language()));
		problems.throwIfAny();
		GeoPoint location = (coordinates != null) ? coordinates.point() : null;
		return new Checked(service, new NewServiceRequest(service.code(), location, addressString, addressId,
				(description != null) ? description.text() : null, mediaUrl, contact, language, answers));
	}

	private static ServiceDefinition service(Submission submission, Municipality municipality, Problems problems) {
		if (submission.classified() != null) {
			return submission.classified();
		}
		String code = problems.read(() -> Text.check("service_code", submission.serviceCode(), 100, false));
		if (code == null) {
			if (Text.given(submission.serviceCode()) == null) {
				problems.add(Problem.required("service_code", "is required: pick one from services.json"));
			}
			return null;
		}
		ServiceDefinition service = municipality.service(code).orElse(null);
		if (service == null) {
			problems.add(Problem.invalid("service_code",
					"'" + code + "' is not a service of " + municipality.jurisdictionId() + ": see services.json"));
		}
		return service;
	}

	private static String mediaUrl(String given) {
		String url = Text.check("media_url", given, 2000, false);
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
			// refused below
		}
		throw new RefusedException(Problem.invalid("media_url", "must be an http or https address"));
	}

	private static String language(String given) {
		String language = Text.check("locale", given, 10, false);
		if (language == null) {
			return null;
		}
		String code = language.toLowerCase(Locale.ROOT).substring(0, Math.min(2, language.length()));
		if (!LANGUAGES.contains(code)) {
			throw new RefusedException(Problem.invalid("locale", "must be en or fr" + Text.quoted(language)));
		}
		return code;
	}

	/**
	 * A submission that passed: the catalogue entry it names, and the request to file.
	 */
	record Checked(ServiceDefinition service, NewServiceRequest request) {
	}

}
