package org.muni311.intake.open311;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.muni311.autoconfigure.ratelimit.RateLimits;
import org.muni311.intake.config.IntakeLimits;
import org.muni311.intake.open311.Open311Views.RequestView;
import org.muni311.intake.open311.Open311Views.TokenView;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GeoReport v2 requests: submission ({@code POST requests}), the filtered list, one
 * request, and the request a batch token stands for, in {@code .json} or {@code .xml}.
 */
@RestController
@RequestMapping(Open311Paths.BASE)
class RequestsController {

	private final Open311Municipalities municipalities;

	private final Submissions submissions;

	private final ServiceRequests requests;

	private final Open311Response response;

	private final Clock clock;

	private final RateLimits limits;

	RequestsController(Open311Municipalities municipalities, Submissions submissions, ServiceRequests requests,
			Open311Response response, Clock clock, RateLimits limits) {
		this.limits = limits;
		this.municipalities = municipalities;
		this.submissions = submissions;
		this.requests = requests;
		this.response = response;
		this.clock = clock;
	}

	/**
	 * Answers 200, not 201: a widely used client treats anything else as a failure and
	 * retries.
	 */
	@PostMapping("/requests.{format}")
	ResponseEntity<byte[]> submit(@PathVariable String format, HttpServletRequest request) {
		Format answer = Format.of(format);
		// before the body is read: the key's own limit is taken once it is known
		this.limits.take(IntakeLimits.OPEN311_POST_ADDRESS, request.getRemoteAddr());
		return this.response.answer(HttpStatus.OK, answer, "service_requests", "request",
				this.submissions.submit(request));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<byte[]> list(@PathVariable String format, HttpServletRequest request) {
		Format answer = Format.of(format);
		Open311Query query = Open311Query.of(request);
		Municipality municipality = this.municipalities.named(query.get("jurisdiction_id"));
		List<RequestView> found = this.requests
			.search(municipality.jurisdictionId(), SearchParameters.read(query, this.clock.instant()))
			.stream()
			.map((stored) -> RequestView.of(stored, municipality.zone()))
			.toList();
		return this.response.answer(HttpStatus.OK, answer, "service_requests", "request", found);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
		Format answer = Format.of(format);
		Municipality municipality = this.municipalities.named(Open311Query.of(request).get("jurisdiction_id"));
		ServiceRequest found = this.requests.find(municipality.jurisdictionId(), id)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service request '" + id + "' not found"));
		return this.response.answer(HttpStatus.OK, answer, "service_requests", "request",
				List.of(RequestView.of(found, municipality.zone())));
	}

	/**
	 * A token stands for the request it was given for: the request is stored at once, so
	 * the token is its id and the answer always carries the {@code service_request_id}.
	 */
	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
		Format answer = Format.of(format);
		Municipality municipality = this.municipalities.named(Open311Query.of(request).get("jurisdiction_id"));
		ServiceRequest found = this.requests.find(municipality.jurisdictionId(), token)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "token '" + token + "' not found"));
		return this.response.answer(HttpStatus.OK, answer, "service_requests", "request",
				List.of(new TokenView(found.requestId(), token)));
	}

}
