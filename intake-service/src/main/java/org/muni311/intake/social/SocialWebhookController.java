package org.muni311.intake.social;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.webhook.WebhookSignature;
import org.muni311.intake.config.IntakeProperties;
import org.muni311.intake.request.Filed;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.Fingerprint;
import org.muni311.intake.request.KeyReusedException;
import org.muni311.intake.request.Problem;
import org.muni311.intake.request.RefusedException;
import org.muni311.intake.request.RequestIntake;
import org.muni311.intake.request.Submission;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The social webhook: one post becomes one request through the filing service (a
 * redelivered post, same {@code post_id}, gets the same request), signed as
 * {@link WebhookSignature} says. At most {@link #MAX_BODY} bytes of a body are read (a
 * larger one is a 413 whatever it declares), and nothing is read from them before the
 * signature holds.
 */
@RestController
@RequestMapping("/social/v1/municipalities/{jurisdiction}")
class SocialWebhookController {

	private static final int MAX_BODY = 16 * 1024;

	private static final Pattern HANDLE = Pattern.compile("^@?[A-Za-z0-9_.\\-]{1,100}$");

	private static final Pattern POST_ID = Pattern.compile("^[A-Za-z0-9_.:\\-]{1,100}$");

	/**
	 * A post's names of the fields the shared rules check, where they differ from the
	 * platform's.
	 */
	private static final Map<String, String> POST_FIELDS = Map.of("description", "text", "address_string", "place",
			"locale", "language");

	private final Municipalities municipalities;

	private final IntakeProperties properties;

	private final RequestIntake intake;

	private final JsonMapper json;

	private final Clock clock;

	SocialWebhookController(Municipalities municipalities, IntakeProperties properties, RequestIntake intake,
			JsonMapper json, Clock clock) {
		this.municipalities = municipalities;
		this.properties = properties;
		this.intake = intake;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping("/posts")
	Map<String, Object> post(@PathVariable String jurisdiction, HttpServletRequest request,
			@RequestHeader(name = WebhookSignature.HEADER, required = false) String signature) throws IOException {
		Municipality municipality = this.municipalities.find(jurisdiction)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "not served here"));
		String secret = this.properties.socialSecrets().get(municipality.jurisdictionId());
		byte[] body = capped(request);
		if (!WebhookSignature.verify(secret, signature, body, this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
					"missing, stale or wrong signature (or no social channel for this municipality)");
		}
		SocialPost post = read(body);
		ServiceDefinition service = Keywords.service(municipality, post.text());
		Submission submission = Submission.classified(service)
			.at(post.lat(), post.lon())
			.address(post.place(), null)
			.description(post.text())
			.media(post.mediaUrl())
			.socialHandle(post.handle())
			.language(post.language());
		Filed filed = this.intake.file(municipality, submission,
				Filing.by("social").once("social:" + post.postId(), Fingerprint.of(body)), null);
		return Map.of("service_request_id", filed.requestId(), "service_code", service.code());
	}

	/**
	 * The body, read no further than one byte past {@link #MAX_BODY}: a larger body is
	 * refused before it is read whole (or at all, when its length is declared).
	 */
	private static byte[] capped(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY) {
			throw tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BODY + 1);
		}
		if (body.length > MAX_BODY) {
			throw tooLarge();
		}
		return body;
	}

	private static ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "a post is at most 16 KB");
	}

	/** A 400 naming every field that is wrong, as a post names them. */
	@ExceptionHandler
	ProblemDetail refused(RefusedException ex) {
		List<String> problems = ex.problems()
			.stream()
			.map((problem) -> problem.message(POST_FIELDS.getOrDefault(problem.field(), problem.field())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", problems));
		problem.setProperty("problems", problems);
		return problem;
	}

	/**
	 * A redelivered post must be the same post: a changed one under a known
	 * {@code post_id} files nothing.
	 */
	@ExceptionHandler
	ProblemDetail reused(KeyReusedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"post_id was sent before with a different post; a new post needs a new post_id");
	}

	/**
	 * The post, with what only a post must have; the rest is checked as every channel's
	 * submission is.
	 */
	private SocialPost read(byte[] body) {
		SocialPost post;
		try {
			post = this.json.readValue(body, SocialPost.class);
		}
		catch (JacksonException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"the body is not a post: " + ex.getOriginalMessage());
		}
		if (post == null || post.postId() == null || !POST_ID.matcher(post.postId()).matches()) {
			throw bad("post_id", "is required: letters, digits and _ . : - only");
		}
		if (post.text() == null || post.text().isBlank()) {
			throw bad("text", "is required: the words of the post");
		}
		if (post.handle() == null || !HANDLE.matcher(post.handle()).matches()) {
			throw bad("author_handle", "is required, such as @resident");
		}
		return post;
	}

	private static RefusedException bad(String field, String reason) {
		return new RefusedException(List.of(new Problem(field, reason, true)));
	}

	/** A post as the social platform's relay sends it. */
	record SocialPost(@JsonProperty("post_id") String postId, String text, @JsonProperty("author_handle") String handle,
			String lat, @JsonProperty("long") String lon, String place, @JsonProperty("media_url") String mediaUrl,
			String language) {
	}

}
