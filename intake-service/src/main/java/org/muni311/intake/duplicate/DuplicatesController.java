package org.muni311.intake.duplicate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.muni311.autoconfigure.ratelimit.RateLimitedException;
import org.muni311.autoconfigure.ratelimit.RateLimits;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.intake.config.IntakeLimits;
import org.muni311.intake.request.Contact;
import org.muni311.intake.request.Coordinates;
import org.muni311.intake.request.Followers;
import org.muni311.intake.request.FollowersFullException;
import org.muni311.intake.request.RefusedException;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * For the resident page and the agent console: possible duplicates before filing
 * ({@code GET duplicates}: public fields only), and "me too" ({@code POST
 * requests/{id}/followers}, with the municipality's API key, as a submission needs).
 */
@RestController
@RequestMapping("/intake/v1")
class DuplicatesController {

	private final Municipalities municipalities;

	private final Duplicates duplicates;

	private final Followers followers;

	private final RateLimits limits;

	private final ServiceRequests requests;

	DuplicatesController(Municipalities municipalities, Duplicates duplicates, Followers followers,
			ServiceRequests requests, RateLimits limits) {
		this.limits = limits;
		this.municipalities = municipalities;
		this.duplicates = duplicates;
		this.followers = followers;
		this.requests = requests;
	}

	@GetMapping("/duplicates")
	List<DuplicateView> duplicates(@RequestParam("jurisdiction_id") String jurisdictionId,
			@RequestParam("service_code") String serviceCode, @RequestParam String lat,
			@RequestParam("long") String lon, @RequestParam(defaultValue = "50") int radius,
			@RequestParam(defaultValue = "30") int days) {
		Municipality municipality = municipality(jurisdictionId);
		if (municipality.service(serviceCode).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "service_code is not in the catalogue");
		}
		if (radius < 1 || radius > 500 || days < 1 || days > 365) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "radius is 1 to 500 metres, days 1 to 365");
		}
		GeoPoint point = Coordinates.require(lat, lon).point();
		return this.duplicates.near(municipality.jurisdictionId(), serviceCode, point, radius, Duration.ofDays(days))
			.stream()
			.map((candidate) -> new DuplicateView(candidate.request().requestId(), candidate.request().serviceCode(),
					candidate.request().description(), candidate.request().requestedAt().toString(),
					Math.round(candidate.metres())))
			.toList();
	}

	@PostMapping("/requests/{id}/followers")
	Map<String, Object> follow(@PathVariable String id, @RequestBody FollowBody body,
			@RequestHeader(name = "X-API-Key", required = false) String headerKey, HttpServletRequest http) {
		this.limits.take(IntakeLimits.FOLLOW_ADDRESS, http.getRemoteAddr());
		Municipality municipality = municipality(body.jurisdictionId());
		String apiKey = (body.apiKey() != null) ? body.apiKey() : headerKey;
		if (!municipality.acceptsApiKey(apiKey)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "api_key is missing or wrong");
		}
		this.limits.take(IntakeLimits.FOLLOW_KEY, municipality.jurisdictionId() + ":" + apiKey);
		// a follower's address by the same rules as a reporter's
		Contact follower = Contact.of(null, null, body.email(), body.phone(), null, null, null);
		if (follower.email() == null && follower.phone() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "an email or a phone number is needed");
		}
		String language = (body.language() == null) ? municipality.defaultLanguage() : body.language();
		if (!List.of("en", "fr").contains(language)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "language is en or fr");
		}
		boolean open = this.requests.find(municipality.jurisdictionId(), id)
			.map((request) -> !request.currentStatus().status().isClosed())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such request"));
		if (!open) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "the request is closed: file a new one");
		}
		try {
			this.followers.follow(municipality.jurisdictionId(), id, new ReporterSubscribed(follower.email(),
					follower.phone(), language, "web", ReporterSubscribed.FOLLOWER, null), null);
		}
		catch (FollowersFullException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		return Map.of("service_request_id", id, "following", true);
	}

	private Municipality municipality(String jurisdictionId) {
		return this.municipalities.find((jurisdictionId != null) ? jurisdictionId : "")
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "jurisdiction_id is not served here"));
	}

	/** A 400 naming every field that is wrong. */
	/** 429 with {@code Retry-After}, as problem+json. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> rateLimited(RateLimitedException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"too many followers added from this client: try again in " + ex.retryAfterSeconds() + " s"));
	}

	@ExceptionHandler
	ProblemDetail refused(RefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("problems", ex.messages());
		return problem;
	}

	/** A possible duplicate: public fields only. */
	record DuplicateView(@JsonProperty("service_request_id") String serviceRequestId,
			@JsonProperty("service_code") String serviceCode, String description,
			@JsonProperty("requested_datetime") String requestedDatetime,
			@JsonProperty("distance_metres") long distanceMetres) {
	}

	/** A "me too". */
	record FollowBody(@JsonProperty("jurisdiction_id") String jurisdictionId, @JsonProperty("api_key") String apiKey,
			String email, String phone, String language) {
	}

}
