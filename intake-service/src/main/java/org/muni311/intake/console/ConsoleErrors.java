package org.muni311.intake.console;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.muni311.autoconfigure.web.Languages;
import org.muni311.autoconfigure.web.PageBranding;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A console page for a municipality not served here or a request that does not exist: the console's own page in
 * the agent's language, with the status code, instead of the JSON problem the APIs answer with (hence first in
 * order; it applies to the console's controllers only).
 */
@ControllerAdvice(assignableTypes = { CallerController.class, CallerRequestController.class,
		DuplicateChoiceController.class, TimelineController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

	@ExceptionHandler
	String notFound(ResponseStatusException ex, HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("branding", PageBranding.platform());
		// the layout's language switch: the page interceptor does not run for a handled exception
		String other = Languages.other(locale).getLanguage();
		model.addAttribute("otherLanguage", other);
		model.addAttribute("otherLanguageUrl",
				ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(Languages.PARAMETER, other)
					.build()
					.toUriString());
		return "console/not-found";
	}

}
