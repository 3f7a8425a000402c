package org.muni311.routing.crew.api;

import org.muni311.routing.workqueue.InvalidChangeException;
import org.muni311.routing.workqueue.OtherDepartmentException;
import org.muni311.routing.workqueue.StaleVersionException;
import org.muni311.routing.workqueue.TransitionRefusedException;
import org.muni311.routing.workqueue.WorkItemNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The crew API's refusals as RFC 9457 problem details: a refused transition lists
 * {@code allowed}, a stale version gives {@code currentVersion}.
 */
@RestControllerAdvice(assignableTypes = { WorkItemController.class, QueueStreamController.class })
class CrewErrors {

	@ExceptionHandler
	ProblemDetail notFound(WorkItemNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail refused(TransitionRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Transition not allowed");
		problem.setProperty("currentStatus", ex.from());
		problem.setProperty("allowed", ex.allowed().stream().sorted().toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail stale(StaleVersionException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Changed meanwhile");
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidChangeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail otherDepartment(OtherDepartmentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail badQueue(BadQueueException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
