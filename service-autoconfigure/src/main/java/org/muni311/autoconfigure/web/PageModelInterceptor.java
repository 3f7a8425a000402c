package org.muni311.autoconfigure.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Adds what the layout needs to every page (views only; API answers are left alone): the other language and the
 * address of this page in it, and the platform's branding where the controller set none.
 */
class PageModelInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !page.hasView() || page.getViewName() == null
				|| page.getViewName().startsWith("redirect:")) {
			return;
		}
		Locale other = Languages.other(RequestContextUtils.getLocale(request));
		page.addObject("otherLanguage", other.getLanguage());
		page.addObject("otherLanguageUrl", ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam(Languages.PARAMETER, other.getLanguage())
			.build()
			.toUriString());
		if (!page.getModel().containsKey("branding")) {
			page.addObject("branding", PageBranding.platform());
		}
		if (!page.getModel().containsKey("homeUrl")) {
			page.addObject("homeUrl",
					home(request.getServletPath(), (PageBranding) page.getModel().get("branding")));
		}
	}

	/**
	 * Where the header's name leads: the start of the part of the site the page belongs to (a staff page stays among
	 * staff pages of its service), else the municipality's public pages, else the list of municipalities.
	 */
	static String home(String path, PageBranding branding) {
		String jurisdiction = (branding != null) ? branding.jurisdictionId() : null;
		for (String part : new String[] { "/console", "/board" }) {
			if (path.equals(part) || path.startsWith(part + "/")) {
				return (jurisdiction != null) ? part + "/" + jurisdiction : part;
			}
		}
		return (jurisdiction != null) ? "/m/" + jurisdiction : "/";
	}

}
