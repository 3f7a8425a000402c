package org.muni311.intake.resident;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.muni311.autoconfigure.web.Languages;
import org.muni311.autoconfigure.web.PageBranding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The resident pages' own error pages, in the page's language with the language switch: a 404 for a
 * municipality, service or request that is not here, a 503 when the store did not answer (nothing was saved).
 * The layout's model is set here, since the page interceptor does not run for a handler that failed.
 */
@ControllerAdvice(basePackageClasses = ResidentErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResidentErrors {

	private static final Logger log = LoggerFactory.getLogger(ResidentErrors.class);

	@ExceptionHandler
	ModelAndView notFound(PageNotFoundException ex, HttpServletRequest request, Locale locale) {
		return page(HttpStatus.NOT_FOUND, request, locale);
	}

	@ExceptionHandler
	ModelAndView storeUnavailable(DataAccessException ex, HttpServletRequest request, Locale locale) {
		log.error("A resident page could not reach the request store: {} {}", request.getMethod(),
				request.getRequestURI(), ex);
		return page(HttpStatus.SERVICE_UNAVAILABLE, request, locale);
	}

	private static ModelAndView page(HttpStatus status, HttpServletRequest request, Locale locale) {
		ModelAndView page = new ModelAndView("resident/problem", status);
		Locale other = Languages.other(locale);
		page.addObject("notFound", status == HttpStatus.NOT_FOUND);
		page.addObject("branding", PageBranding.platform());
		page.addObject("otherLanguage", other.getLanguage());
		page.addObject("otherLanguageUrl", ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam(Languages.PARAMETER, other.getLanguage())
			.build()
			.toUriString());
		return page;
	}

}
