package org.muni311.intake.open311;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.muni311.autoconfigure.ratelimit.RateLimits;
import org.muni311.autoconfigure.tracing.CurrentTrace;
import org.muni311.intake.config.IntakeLimits;
import org.muni311.intake.open311.Open311Views.SubmittedView;
import org.muni311.intake.request.Filed;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.Fingerprint;
import org.muni311.intake.request.KeyReusedException;
import org.muni311.intake.request.RefusedException;
import org.muni311.intake.request.RequestIntake;
import org.muni311.intake.request.Submission;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Takes an Open311 {@code POST requests}: reads the body, finds the municipality, checks
 * the {@code api_key} (from the body or the {@code X-API-Key} header only: query strings
 * end up in access logs), checks the fields and files the request, once per
 * {@code Idempotency-Key} when one is sent. Nothing is stored before every check has
 * passed.
 */
@Component
class Submissions {

	static final String API_KEY_HEADER = "X-API-Key";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Pattern TRACE_PARENT = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");

	private static final Pattern IDEMPOTENCY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

	private final Open311Municipalities municipalities;

	private final RequestIntake intake;

	private final CurrentTrace trace;

	private final RateLimits limits;

	Submissions(Open311Municipalities municipalities, RequestIntake intake, CurrentTrace trace, RateLimits limits) {
		this.limits = limits;
		this.municipalities = municipalities;
		this.intake = intake;
		this.trace = trace;
	}

	List<SubmittedView> submit(HttpServletRequest request) {
		Open311Query query = Open311Query.of(request);
		if (query.has("api_key")) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "api_key must not be sent in the query string, where "
					+ "access logs keep it: send it in the body or the " + API_KEY_HEADER + " header");
		}
		String idempotencyKey = request.getHeader(IDEMPOTENCY_KEY);
		if (idempotencyKey != null && !IDEMPOTENCY.matcher(idempotencyKey).matches()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST,
					IDEMPOTENCY_KEY + " must be 1 to 255 visible ASCII characters, such as a UUID");
		}
		MultiValueMap<String, String> fields = Open311Body.read(request);
		// some clients put jurisdiction_id in the URL of a POST; the body wins
		query.parameters().forEach((name, values) -> fields.putIfAbsent(name, values));
		Municipality municipality = this.municipalities.named(fields.getFirst("jurisdiction_id"));
		String apiKey = (fields.getFirst("api_key") != null) ? fields.getFirst("api_key")
				: request.getHeader(API_KEY_HEADER);
		if (!municipality.acceptsApiKey(apiKey)) {
			throw new Open311Exception(HttpStatus.FORBIDDEN,
					"api_key is missing or is not a key of " + municipality.jurisdictionId());
		}
		this.limits.take(IntakeLimits.OPEN311_POST_KEY, municipality.jurisdictionId() + ":" + apiKey);
		Filing filing = Filing.by("open311");
		if (idempotencyKey != null) {
			filing = filing.once(idempotencyKey, fingerprint(fields));
		}
		// this request's span (continuing the caller's traceparent) when tracing runs
		Filed filed = file(municipality, fields, filing,
				this.trace.traceParentOr(traceParent(request.getHeader("traceparent"))));
		String id = filed.requestId();
		String accountId = filed.request().contact().accountId();
		if ("batch".equals(filed.service().type())) {
			return List.of(new SubmittedView(null, id, "Thank you. Ask for your request's id with token " + id + ".",
					accountId));
		}
		return List
			.of(new SubmittedView(id, null, "Thank you. Follow your request with its id " + id + ".", accountId));
	}

	/**
	 * Files the submission {@code fields} describe; an {@link Open311Exception} listing
	 * every problem otherwise.
	 */
	private Filed file(Municipality municipality, MultiValueMap<String, String> fields, Filing filing,
			String traceParent) {
		List<String> problems = new ArrayList<>();
		Submission submission = SubmissionForm.read(fields, problems);
		try {
			if (problems.isEmpty()) {
				return this.intake.file(municipality, submission, filing, traceParent);
			}
			// the form's own problems, and the shared rules' too: a client fixes its call
			// in one go
			this.intake.check(municipality, submission);
		}
		catch (RefusedException ex) {
			problems.addAll(ex.messages());
		}
		catch (KeyReusedException ex) {
			throw new Open311Exception(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		}
		throw new Open311Exception(HttpStatus.BAD_REQUEST, problems);
	}

	/**
	 * A digest of the fields but the key, the same for a retry of the same submission.
	 */
	private static String fingerprint(MultiValueMap<String, String> fields) {
		Map<String, List<String>> submitted = new HashMap<>(fields);
		submitted.remove("api_key");
		return Fingerprint.ofFields(submitted);
	}

	/** The caller's trace context when well formed, else the start of a new trace. */
	private static String traceParent(String given) {
		if (given != null && TRACE_PARENT.matcher(given).matches()) {
			return given;
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return String.format("00-%016x%016x-%016x-01", random.nextLong(), random.nextLong(), random.nextLong());
	}

}
