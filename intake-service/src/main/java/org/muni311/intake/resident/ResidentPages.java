package org.muni311.intake.resident;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.muni311.autoconfigure.web.Languages;
import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the resident pages share: the municipality a path names, texts in the page's
 * language, dates.
 */
@Component
class ResidentPages {

	private final Municipalities municipalities;

	ResidentPages(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	/** The configured municipality {@code jurisdictionId}; a 404 page otherwise. */
	Municipality municipality(String jurisdictionId) {
		if (jurisdictionId == null || jurisdictionId.length() > 200) {
			throw new PageNotFoundException("municipality");
		}
		return this.municipalities.find(jurisdictionId).orElseThrow(() -> new PageNotFoundException("municipality"));
	}

	/** The service {@code code} of {@code municipality}; a 404 page otherwise. */
	ServiceDefinition service(Municipality municipality, String code) {
		return municipality.service(code).orElseThrow(() -> new PageNotFoundException("service"));
	}

	/**
	 * Puts the municipality's branding in the page's model and returns the page's
	 * language code.
	 */
	static String brand(Model model, Municipality municipality, Locale locale) {
		model.addAttribute("branding", PageBranding.of(municipality.configuration(), locale));
		model.addAttribute("jurisdictionId", municipality.jurisdictionId());
		return language(locale);
	}

	/**
	 * Puts the problems to show in the page's model, and the fields they are about
	 * ({@code errorFields}).
	 */
	static void problems(Model model, List<PageProblem> problems) {
		model.addAttribute("problems", problems);
		model.addAttribute("errorFields", problems.stream().map(PageProblem::field).collect(Collectors.toSet()));
	}

	/** {@code en} or {@code fr}. */
	static String language(Locale locale) {
		return Languages.of(locale).getLanguage();
	}

	/**
	 * The text of {@code byLanguage} in {@code language}, else the municipality's default
	 * language's, else any.
	 */
	static String text(Municipality municipality, Map<String, String> byLanguage, String language) {
		return municipality.configuration().text(byLanguage, language);
	}

	/** {@code at} as a date and time of the municipality, written the page's way. */
	static String dateTime(Municipality municipality, Instant at, Locale locale) {
		if (at == null) {
			return null;
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(Languages.of(locale))
			.withZone(municipality.zone())
			.format(at);
	}

}
