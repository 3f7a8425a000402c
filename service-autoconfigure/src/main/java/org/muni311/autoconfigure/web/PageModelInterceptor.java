package org.muni311.autoconfigure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what the layout needs ({@link PageLayout}) to every page; views only, API answers
 * are left alone.
 */
class PageModelInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !page.hasView() || page.getViewName() == null
				|| page.getViewName().startsWith("redirect:")) {
			return;
		}
		PageLayout.addTo(request, page.getModel());
	}

}
