package org.muni311.intake.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.muni311.intake.duplicate.Duplicates;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.municipality.Municipality;
import org.muni311.intake.open311.Open311Views.SubmittedView;
import org.muni311.intake.request.IdempotentIntake;
import org.muni311.intake.request.IdempotentIntake.KeyReusedException;
import org.muni311.intake.request.NewServiceRequest;
import org.muni311.intake.request.RequestIntake;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Takes an Open311 {@code POST requests}: reads the body, finds the municipality, checks the {@code api_key}
 * (from the body or the {@code X-API-Key} header only: query strings end up in access logs), checks the fields
 * and files the request, once per {@code Idempotency-Key} when one is sent. Nothing is stored before every check
 * has passed.
 */
@Component
class Submissions {

	static final String API_KEY_HEADER = "X-API-Key";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Pattern TRACE_PARENT = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");

	private static final Pattern IDEMPOTENCY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

	private final Open311Municipalities municipalities;

	private final RequestIntake intake;

	private final IdempotentIntake idempotent;

	private final Duplicates duplicates;

	private final Clock clock;

	Submissions(Open311Municipalities municipalities, RequestIntake intake, IdempotentIntake idempotent,
			Duplicates duplicates, Clock clock) {
		this.municipalities = municipalities;
		this.intake = intake;
		this.idempotent = idempotent;
		this.duplicates = duplicates;
		this.clock = clock;
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
		NewServiceRequest submission = SubmissionForm.read(fields, municipality);
		ServiceDefinition service = municipality.service(submission.serviceCode()).orElseThrow();
		String traceParent = traceParent(request.getHeader("traceparent"));
		String id;
		if (idempotencyKey == null) {
			id = this.intake.submit(municipality, service, submission, "open311", traceParent);
		}
		else {
			try {
				id = this.idempotent.submit(idempotencyKey, fingerprint(fields), municipality, service, submission,
						"open311", traceParent);
			}
			catch (KeyReusedException ex) {
				throw new Open311Exception(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
			}
		}
		this.duplicates.remember(municipality.jurisdictionId(), id, service.code(), submission.location(),
				this.clock.instant());
		String accountId = submission.contact().accountId();
		if ("batch".equals(service.type())) {
			return List.of(new SubmittedView(null, id, "Thank you. Ask for your request's id with token " + id + ".",
					accountId));
		}
		return List.of(new SubmittedView(id, null, "Thank you. Follow your request with its id " + id + ".",
				accountId));
	}

	/** A digest of the fields but the key, the same for a retry of the same submission. */
	private static String fingerprint(MultiValueMap<String, String> fields) {
		Map<String, List<String>> sorted = new TreeMap<>(fields);
		sorted.remove("api_key");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(sorted.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
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
