package org.muni311.intake.open311;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.muni311.autoconfigure.ratelimit.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns every failure of an Open311 call into the Open311 error shape, in the format of
 * the call's extension ({@code [{"code","description"}]} or {@code <errors><error>}):
 * never an HTML page, a problem detail or a stack trace, which clients cannot parse.
 */
@RestControllerAdvice(basePackageClasses = Open311ErrorHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(Open311ErrorHandler.class);

	private final Open311Response response;

	// built here rather than injected: web slice tests load every advice but not the
	// Open311 components
	Open311ErrorHandler(JsonMapper json) {
		this.response = new Open311Response(json);
	}

	@ExceptionHandler
	ResponseEntity<byte[]> open311(Open311Exception ex, HttpServletRequest request) {
		ResponseEntity<byte[]> answer = errors(request, ex.status(), ex.problems());
		if (ex.allow() != null) {
			return ResponseEntity.status(answer.getStatusCode())
				.headers(answer.getHeaders())
				.header("Allow", ex.allow())
				.body(answer.getBody());
		}
		return answer;
	}

	/** 429 with {@code Retry-After}, as Open311 words an error. */
	@ExceptionHandler
	ResponseEntity<byte[]> rateLimited(RateLimitedException ex, HttpServletRequest request) {
		ResponseEntity<byte[]> answer = errors(request, HttpStatus.TOO_MANY_REQUESTS,
				List.of("too many requests from this client: try again in " + ex.retryAfterSeconds() + " s"));
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(answer.getBody());
	}

	@ExceptionHandler
	ResponseEntity<byte[]> unsupportedMediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return errors(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(Open311Body.UNSUPPORTED));
	}

	@ExceptionHandler
	ResponseEntity<byte[]> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return errors(request, HttpStatus.NOT_ACCEPTABLE,
				List.of("The format comes from the extension: use .json " + "or .xml"));
	}

	@ExceptionHandler
	ResponseEntity<byte[]> methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return errors(request, HttpStatus.METHOD_NOT_ALLOWED, List.of(ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<byte[]> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return errors(request, HttpStatus.CONTENT_TOO_LARGE, List.of("The body is too large"));
	}

	@ExceptionHandler
	ResponseEntity<byte[]> storeUnavailable(DataAccessException ex, HttpServletRequest request) {
		log.error("The request store failed", ex);
		return errors(request, HttpStatus.SERVICE_UNAVAILABLE,
				List.of("The request store is unavailable and did not confirm the save; try again shortly."));
	}

	@ExceptionHandler
	ResponseEntity<byte[]> unexpected(Exception ex, HttpServletRequest request) {
		log.error("An Open311 call failed unexpectedly: {} {}", request.getMethod(), request.getRequestURI(), ex);
		return errors(request, HttpStatus.INTERNAL_SERVER_ERROR,
				List.of("Something went wrong on our side; nothing was saved. Try again later."));
	}

	private ResponseEntity<byte[]> errors(HttpServletRequest request, HttpStatus status, List<String> problems) {
		List<Open311Error> body = problems.stream()
			.map((problem) -> new Open311Error(status.value(), problem))
			.toList();
		return this.response.answer(status, Format.ofPath(request.getRequestURI()), "errors", "error", body);
	}

}
