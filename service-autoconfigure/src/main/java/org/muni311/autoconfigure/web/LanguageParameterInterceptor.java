package org.muni311.autoconfigure.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Switches the language when the query string says {@code lang=en} or {@code lang=fr}.
 * Spring's {@code LocaleChangeInterceptor} asks {@code getParameter}, which reads a form
 * body to find it: that would consume the body of every API POST (Open311 reads its
 * bodies itself). This one looks at the query string only.
 */
class LanguageParameterInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		if (query == null || !query.contains(Languages.PARAMETER + "=")) {
			return true;
		}
		String language = UriComponentsBuilder.newInstance()
			.query(query)
			.build()
			.getQueryParams()
			.getFirst(Languages.PARAMETER);
		LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver != null && language != null) {
			Locale locale = Locale.forLanguageTag(language);
			if (Languages.SUPPORTED.stream()
				.anyMatch((supported) -> supported.getLanguage().equals(locale.getLanguage()))) {
				resolver.setLocale(request, response, Languages.of(locale));
			}
		}
		return true;
	}

}
