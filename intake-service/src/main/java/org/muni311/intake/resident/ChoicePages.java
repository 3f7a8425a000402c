package org.muni311.intake.resident;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The way in: the municipalities served here ({@code /}), a municipality's services to
 * choose from ({@code /m/{id}}, searchable with {@code ?q=}), and "track a request" by
 * its id.
 */
@Controller
class ChoicePages {

	/**
	 * A tracking id as intake makes them (Crockford base32), or near enough to look up.
	 */
	private static final Pattern REQUEST_ID = Pattern.compile("^[0-9A-Za-z]{1,40}$");

	private final Municipalities municipalities;

	private final ResidentPages pages;

	private final MessageSource messages;

	ChoicePages(Municipalities municipalities, ResidentPages pages, MessageSource messages) {
		this.municipalities = municipalities;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/")
	String municipalities(Model model, Locale locale) {
		model.addAttribute("municipalities",
				this.municipalities.list()
					.stream()
					.filter((municipality) -> municipality.configuration() != null)
					.map((municipality) -> new Listed(municipality.jurisdictionId(), name(municipality, locale)))
					.sorted(Comparator.comparing(Listed::name, String.CASE_INSENSITIVE_ORDER))
					.toList());
		return "resident/municipalities";
	}

	@GetMapping("/m/{jurisdiction}")
	String services(@PathVariable String jurisdiction, @RequestParam(name = "q", required = false) String search,
			Model model, Locale locale) {
		Municipality municipality = this.pages.municipality(jurisdiction);
		return servicesPage(municipality, search, List.of(), null, model, locale);
	}

	/**
	 * "Track a request": to the status page of the id given, or back with a message when
	 * it cannot be one.
	 */
	@GetMapping("/m/{jurisdiction}/track")
	String track(@PathVariable String jurisdiction, @RequestParam(name = "request_id", required = false) String id,
			Model model, Locale locale) {
		Municipality municipality = this.pages.municipality(jurisdiction);
		String given = (id != null) ? id.strip().replace(" ", "").replace("-", "") : "";
		if (!REQUEST_ID.matcher(given).matches()) {
			String key = given.isEmpty() ? "resident.track.error.missing" : "resident.track.error.invalid";
			return servicesPage(municipality, null,
					List.of(new PageProblem("request-id", this.messages.getMessage(key, null, locale))), id, model,
					locale);
		}
		return "redirect:/m/" + UriUtils.encodePathSegment(municipality.jurisdictionId(), "UTF-8") + "/requests/"
				+ given.toUpperCase(Locale.ROOT);
	}

	private String servicesPage(Municipality municipality, String search, List<PageProblem> problems, String trackId,
			Model model, Locale locale) {
		String language = ResidentPages.brand(model, municipality, locale);
		String query = (search != null && search.length() <= 200) ? search.strip() : "";
		model.addAttribute("q", query);
		model.addAttribute("groups", ServiceChoice.of(municipality.configuration(), language, query));
		ResidentPages.problems(model, problems);
		model.addAttribute("trackId", trackId);
		return "resident/services";
	}

	private static String name(Municipality municipality, Locale locale) {
		String name = PageBranding.localized(municipality.configuration().name(), locale);
		return (name != null) ? name : municipality.jurisdictionId();
	}

	/**
	 * @param jurisdictionId the municipality
	 * @param name its name in the page's language
	 */
	record Listed(String jurisdictionId, String name) {
	}

}
