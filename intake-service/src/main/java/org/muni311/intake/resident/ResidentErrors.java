package org.muni311.intake.resident;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.muni311.autoconfigure.ratelimit.RateLimitedException;
import org.muni311.autoconfigure.web.PageLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The resident pages' own error pages, in the page's language with the language switch: a
 * 404 for a municipality, service or request that is not here, a 413 for a form whose
 * file is too large to read, a 429 (with {@code Retry-After}) for a client over its rate
 * limit, a 503 when the store did not answer (nothing was saved). The layout's model is
 * set here, since the page interceptor does not run for a handler that failed.
 */
@ControllerAdvice(basePackageClasses = ResidentErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResidentErrors {

	private static final Logger log = LoggerFactory.getLogger(ResidentErrors.class);

	@ExceptionHandler
	ModelAndView notFound(PageNotFoundException ex, HttpServletRequest request) {
		return page(HttpStatus.NOT_FOUND, "notFound", request);
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return page(HttpStatus.CONTENT_TOO_LARGE, "tooLarge", request);
	}

	/** 429 with {@code Retry-After}, a page in the page's language. */
	@ExceptionHandler
	ModelAndView tooMany(RateLimitedException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		return page(HttpStatus.TOO_MANY_REQUESTS, "tooMany", request);
	}

	@ExceptionHandler
	ModelAndView storeUnavailable(DataAccessException ex, HttpServletRequest request) {
		log.error("A resident page could not reach the request store: {} {}", request.getMethod(),
				request.getRequestURI(), ex);
		return page(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", request);
	}

	private static ModelAndView page(HttpStatus status, String kind, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("resident/problem", status);
		page.addObject("kind", kind);
		PageLayout.addTo(request, page.getModel());
		return page;
	}

}
