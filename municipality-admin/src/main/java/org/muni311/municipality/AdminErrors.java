package org.muni311.municipality;

import java.util.List;

import org.muni311.municipality.address.AddressPointsChangedException;
import org.muni311.municipality.address.AddressPointsRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The admin API's errors as RFC 9457 problem details. A refused change carries
 * {@code problems}, every one found, and {@code warnings}; a refused layer its import
 * {@code report} too.
 */
@RestControllerAdvice(assignableTypes = { MunicipalityAdminController.class, StaffAdminController.class })
class AdminErrors {

	@ExceptionHandler
	ProblemDetail refused(ConfigurationRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Configuration refused");
		problem.setProperty("problems", ex.problems());
		problem.setProperty("warnings", ex.warnings());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(LayerRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Layer refused");
		problem.setProperty("problems", ex.problems());
		problem.setProperty("report", ex.report());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(AddressPointsRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Address points refused");
		problem.setProperty("problems", ex.problems());
		problem.setProperty("report", ex.report());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(AddressPointsChangedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail refused(StaffRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Change of staff refused");
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenChangeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("problems", List.of(ex.getMessage()));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConcurrentChangeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
