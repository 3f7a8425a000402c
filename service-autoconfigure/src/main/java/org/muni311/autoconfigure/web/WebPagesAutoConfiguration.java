package org.muni311.autoconfigure.web;

import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;

import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Web pages for a service that has Thymeleaf: the language (English or French,
 * {@code ?lang=} remembered in a cookie, else the browser's), the layout's model, the
 * sign-in page and {@link StaffPages}.
 */
// before Boot's MVC configuration, whose localeResolver (Accept-Language only) would
// otherwise win
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SpringTemplateEngine.class)
@Import(SignInController.class)
public class WebPagesAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "localeResolver")
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("muni311-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction((request) -> {
			for (Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements();) {
				Locale locale = locales.nextElement();
				if (Languages.FRENCH.getLanguage().equals(locale.getLanguage())
						|| Languages.ENGLISH.getLanguage().equals(locale.getLanguage())) {
					return Languages.of(locale);
				}
			}
			return Languages.ENGLISH;
		});
		return resolver;
	}

	@Bean
	StaffPages staffPages() {
		return new StaffPages();
	}

	@Bean
	WebMvcConfigurer muni311Pages() {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new LanguageParameterInterceptor());
				registry.addInterceptor(new PageModelInterceptor());
			}

		};
	}

}
