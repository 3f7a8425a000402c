package org.muni311.intake.open311;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every failure of an Open311 call into the Open311 error shape, never an HTML page or a stack trace. */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
class Open311ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(Open311ErrorHandler.class);

	@ExceptionHandler
	ResponseEntity<List<Open311Error>> open311(Open311Exception ex) {
		return errors(ex.status(), ex.problems());
	}

	@ExceptionHandler
	ResponseEntity<List<Open311Error>> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return errors(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of("Send the request as "
				+ "application/x-www-form-urlencoded or multipart/form-data, not " + ex.getContentType()));
	}

	@ExceptionHandler
	ResponseEntity<List<Open311Error>> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return errors(HttpStatus.METHOD_NOT_ALLOWED, List.of(ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<List<Open311Error>> storeUnavailable(DataAccessException ex) {
		log.error("The request store failed", ex);
		return errors(HttpStatus.SERVICE_UNAVAILABLE,
				List.of("The request store is unavailable and did not confirm the save; try again shortly."));
	}

	private static ResponseEntity<List<Open311Error>> errors(HttpStatus status, List<String> problems) {
		return ResponseEntity.status(status)
			.body(problems.stream().map((problem) -> new Open311Error(status.value(), problem)).toList());
	}

}
