package org.muni311.autoconfigure.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs besides a page's own model: the other language and the address of
 * this page in it, the platform's branding where the page set none, and where the
 * header's name leads. {@link PageModelInterceptor} adds it to every page; an exception
 * handler that renders a page adds it itself, since interceptors do not run then.
 */
public final class PageLayout {

	private PageLayout() {
	}

	/**
	 * Adds the layout's attributes to {@code model}, keeping any branding or home address
	 * already there.
	 */
	public static void addTo(HttpServletRequest request, Map<String, Object> model) {
		Locale other = Languages.other(RequestContextUtils.getLocale(request));
		model.put("otherLanguage", other.getLanguage());
		model.put("otherLanguageUrl",
				ServletUriComponentsBuilder.fromRequest(request)
					.replaceQueryParam(Languages.PARAMETER, other.getLanguage())
					.build()
					.toUriString());
		model.putIfAbsent("branding", PageBranding.platform());
		model.putIfAbsent("homeUrl", home(request.getServletPath(), (PageBranding) model.get("branding")));
	}

	/**
	 * Where the header's name leads: the start of the part of the site the page belongs
	 * to (a staff page stays among staff pages of its service), else the municipality's
	 * public pages, else the list of municipalities.
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
