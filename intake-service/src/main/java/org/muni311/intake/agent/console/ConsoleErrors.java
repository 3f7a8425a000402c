package org.muni311.intake.agent.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.muni311.autoconfigure.web.PageLayout;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * A console page for a municipality not served here or a request that does not exist: the
 * console's own page in the agent's language, with the status code, instead of the JSON
 * problem the APIs answer with (hence first in order; it applies to the console's
 * controllers only).
 */
@ControllerAdvice(assignableTypes = { CallerController.class, CallerRequestController.class,
		DuplicateChoiceController.class, TimelineController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

	@ExceptionHandler
	String notFound(ResponseStatusException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(ex.getStatusCode().value());
		// the page interceptor does not run for a handled exception
		PageLayout.addTo(request, model.asMap());
		return "console/not-found";
	}

}
