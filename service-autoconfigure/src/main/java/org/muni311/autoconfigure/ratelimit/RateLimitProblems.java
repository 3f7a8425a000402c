package org.muni311.autoconfigure.ratelimit;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A call over a limit where no channel words it its own way (a crew's stream, the staff
 * APIs): 429 with {@code Retry-After}, as problem+json, whatever the call accepts (a
 * stream accepts {@code text/event-stream} only, so the body is written as it is).
 * Open311 and the resident pages answer in their own formats first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class RateLimitProblems {

	@ExceptionHandler
	ResponseEntity<String> rateLimited(RateLimitedException ex) {
		return ResponseEntity.status(429)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
					+ ex.getMessage().replace("\\", "").replace("\"", "") + "\"}");
	}

}
