package org.muni311.intake.social;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.webhook.WebhookSignature;
import org.muni311.intake.config.IntakeProperties;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;
import org.muni311.intake.request.Contact;
import org.muni311.intake.request.IdempotentIntake;
import org.muni311.intake.request.NewServiceRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The social webhook: one post becomes one request (a redelivered post, same {@code post_id}, gets the same
 * request), signed as {@link WebhookSignature} says. Nothing is read from the body before the signature holds.
 */
@RestController
@RequestMapping("/social/v1/municipalities/{jurisdiction}")
class SocialWebhookController {

	private static final int MAX_BODY = 16 * 1024;

	private static final Pattern HANDLE = Pattern.compile("^@?[A-Za-z0-9_.\\-]{1,100}$");

	private static final Pattern POST_ID = Pattern.compile("^[A-Za-z0-9_.:\\-]{1,100}$");

	private static final Pattern DECIMAL = Pattern.compile("^[+-]?[0-9]{1,3}(\\.[0-9]{1,20})?$");

	private final Municipalities municipalities;

	private final IntakeProperties properties;

	private final IdempotentIntake intake;

	private final JsonMapper json;

	private final Clock clock;

	SocialWebhookController(Municipalities municipalities, IntakeProperties properties, IdempotentIntake intake,
			JsonMapper json, Clock clock) {
		this.municipalities = municipalities;
		this.properties = properties;
		this.intake = intake;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping("/posts")
	Map<String, Object> post(@PathVariable String jurisdiction, @RequestBody byte[] body,
			@RequestHeader(name = WebhookSignature.HEADER, required = false) String signature) {
		Municipality municipality = this.municipalities.find(jurisdiction)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "not served here"));
		String secret = this.properties.socialSecrets().get(municipality.jurisdictionId());
		if (body.length > MAX_BODY) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "a post is at most 16 KB");
		}
		if (!WebhookSignature.verify(secret, signature, body, this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
					"missing, stale or wrong signature (or no social channel for this municipality)");
		}
		SocialPost post = read(body);
		ServiceDefinition service = Keywords.service(municipality, post.text());
		NewServiceRequest request = new NewServiceRequest(service.code(), post.location(), post.place(), null,
				post.text(), post.mediaUrl(), new Contact(null, null, null, null, null, null, post.handle()),
				post.language(), Map.of());
		String id = this.intake.submit("social:" + post.postId(), sha256(body), municipality, service, request,
				"social", null);
		return Map.of("service_request_id", id, "service_code", service.code());
	}

	private SocialPost read(byte[] body) {
		SocialPost post;
		try {
			post = this.json.readValue(body, SocialPost.class);
		}
		catch (JacksonException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the body is not a post: " + ex.getOriginalMessage());
		}
		if (post == null || post.postId() == null || !POST_ID.matcher(post.postId()).matches()) {
			throw bad("post_id is required: letters, digits and _ . : - only");
		}
		if (post.text() == null || post.text().isBlank() || post.text().length() > 4000 || hasControls(post.text())) {
			throw bad("text is required, at most 4,000 characters, no control characters");
		}
		if (post.handle() == null || !HANDLE.matcher(post.handle()).matches()) {
			throw bad("author_handle is required, such as @resident");
		}
		if ((post.lat() == null) != (post.lon() == null) || (post.lat() != null && post.location() == null)) {
			throw bad("lat and long go together, as decimal degrees in range");
		}
		if (post.place() != null && (post.place().length() > 500 || hasControls(post.place()))) {
			throw bad("place is at most 500 characters, no control characters");
		}
		if (post.mediaUrl() != null && !post.mediaUrl().matches("^https?://[^\\s\\p{Cntrl}]{1,2000}$")) {
			throw bad("media_url must be an http or https address");
		}
		if (post.language() != null && !post.language().matches("en|fr")) {
			throw bad("language is en or fr");
		}
		return post;
	}

	private static boolean hasControls(String text) {
		return text.chars().anyMatch((c) -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F));
	}

	private static ResponseStatusException bad(String why) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, why);
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/** A post as the social platform's relay sends it. */
	record SocialPost(@JsonProperty("post_id") String postId, String text,
			@JsonProperty("author_handle") String handle, String lat, @JsonProperty("long") String lon,
			String place, @JsonProperty("media_url") String mediaUrl, String language) {

		GeoPoint location() {
			if (this.lat == null || !DECIMAL.matcher(this.lat).matches() || !DECIMAL.matcher(this.lon).matches()) {
				return null;
			}
			double latitude = Double.parseDouble(this.lat);
			double longitude = Double.parseDouble(this.lon);
			return (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) ? new GeoPoint(latitude, longitude) : null;
		}

	}

}
