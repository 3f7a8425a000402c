package org.muni311.intake.resident;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.muni311.autoconfigure.ratelimit.RateLimits;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.intake.config.IntakeLimits;
import org.muni311.intake.request.Email;
import org.muni311.intake.request.Followers;
import org.muni311.intake.request.FollowersFullException;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.intake.request.StatusEntry;
import org.muni311.municipality.Municipality;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * One request's pages: the confirmation after a report, the public status page (status,
 * history and the crews' public notes; never the reporter's contact), and "me too"
 * (following it by email instead of reporting again).
 */
@Controller
class RequestPages {

	private final ResidentPages pages;

	private final ServiceRequests requests;

	private final Followers followers;

	private final RateLimits limits;

	private final MessageSource messages;

	RequestPages(ResidentPages pages, ServiceRequests requests, Followers followers, MessageSource messages,
			RateLimits limits) {
		this.limits = limits;
		this.pages = pages;
		this.requests = requests;
		this.followers = followers;
		this.messages = messages;
	}

	@GetMapping("/m/{jurisdiction}/requests/{id}/submitted")
	String submitted(@PathVariable String jurisdiction, @PathVariable String id, Model model, Locale locale) {
		Municipality municipality = this.pages.municipality(jurisdiction);
		ServiceRequest request = request(municipality, id);
		model.addAttribute("request", PublicRequest.of(municipality, request, locale));
		ResidentPages.brand(model, municipality, locale);
		return "resident/submitted";
	}

	@GetMapping("/m/{jurisdiction}/requests/{id}")
	String status(@PathVariable String jurisdiction, @PathVariable String id,
			@RequestParam(required = false) String following, Model model, Locale locale) {
		Municipality municipality = this.pages.municipality(jurisdiction);
		ServiceRequest request = request(municipality, id);
		model.addAttribute("request", PublicRequest.of(municipality, request, locale));
		model.addAttribute("following", following != null);
		ResidentPages.brand(model, municipality, locale);
		return "resident/status";
	}

	@GetMapping("/m/{jurisdiction}/requests/{id}/follow")
	String followForm(@PathVariable String jurisdiction, @PathVariable String id, Model model, Locale locale) {
		Municipality municipality = this.pages.municipality(jurisdiction);
		return followPage(municipality, request(municipality, id), "", ResidentPages.language(locale), List.of(), model,
				locale);
	}

	@PostMapping("/m/{jurisdiction}/requests/{id}/follow")
	ModelAndView follow(@PathVariable String jurisdiction, @PathVariable String id,
			@RequestParam(required = false) String email, @RequestParam(required = false) String language, Model model,
			Locale locale, HttpServletRequest http, HttpServletResponse response) {
		this.limits.take(IntakeLimits.FOLLOW_ADDRESS, http.getRemoteAddr());
		Municipality municipality = this.pages.municipality(jurisdiction);
		ServiceRequest request = request(municipality, id);
		String address = (email != null) ? email.strip() : "";
		String chosen = ("fr".equals(language) || "en".equals(language)) ? language : ResidentPages.language(locale);
		String problem = null;
		if (request.currentStatus().status().isClosed()) {
			problem = "resident.follow.error.closed";
		}
		else if (address.isEmpty()) {
			problem = "resident.follow.error.missing";
		}
		else if (Email.read(address).isEmpty()) {
			problem = "resident.follow.error.invalid";
		}
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return new ModelAndView(followPage(municipality, request, address, chosen,
					List.of(new PageProblem("email", this.messages.getMessage(problem, null, locale))), model, locale));
		}
		try {
			this.followers.follow(municipality.jurisdictionId(), request.requestId(),
					new ReporterSubscribed(address, null, chosen, "web", ReporterSubscribed.FOLLOWER, null), null);
		}
		catch (FollowersFullException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return new ModelAndView(
					followPage(municipality, request, address, chosen,
							List.of(new PageProblem("email",
									this.messages.getMessage("resident.follow.error.full", null, locale))),
							model, locale));
		}
		return new ModelAndView(seeOther(municipality, request.requestId(), "?following=true"));
	}

	private String followPage(Municipality municipality, ServiceRequest request, String email, String language,
			List<PageProblem> problems, Model model, Locale locale) {
		ResidentPages.brand(model, municipality, locale);
		model.addAttribute("request", PublicRequest.of(municipality, request, locale));
		model.addAttribute("email", email);
		model.addAttribute("language", language);
		ResidentPages.problems(model, problems);
		return "resident/follow";
	}

	private ServiceRequest request(Municipality municipality, String id) {
		if (id == null || id.length() > 40) {
			throw new PageNotFoundException("request");
		}
		return this.requests.find(municipality.jurisdictionId(), id)
			.orElseThrow(() -> new PageNotFoundException("request"));
	}

	/** A 303 to request {@code id}'s page, with {@code rest} after its path. */
	static RedirectView seeOther(Municipality municipality, String id, String rest) {
		RedirectView view = new RedirectView("/m/" + UriUtils.encodePathSegment(municipality.jurisdictionId(), "UTF-8")
				+ "/requests/" + UriUtils.encodePathSegment(id, "UTF-8") + rest, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

	/**
	 * A request as residents may see it: no contact, no staff names.
	 *
	 * @param id its tracking id
	 * @param serviceName the service, in the page's language
	 * @param status its current status
	 * @param open whether it is still open
	 * @param description the reporter's words, or {@code null}
	 * @param address the address given, or {@code null}
	 * @param latitude where, or {@code null}
	 * @param longitude where, or {@code null}
	 * @param submittedAt when received, written the page's way
	 * @param expectedAt when the municipality expects to have dealt with it, or
	 * {@code null}
	 * @param department who is responsible, or {@code null} before routing
	 * @param history the status changes, oldest first
	 */
	record PublicRequest(String id, String serviceName, RequestStatus status, boolean open, String description,
			String address, Double latitude, Double longitude, String submittedAt, String expectedAt, String department,
			List<Change> history) {

		static PublicRequest of(Municipality municipality, ServiceRequest request, Locale locale) {
			String language = ResidentPages.language(locale);
			String serviceName = municipality.service(request.serviceCode())
				.map((service) -> ResidentPages.text(municipality, service.name(), language))
				.orElse(request.serviceName());
			StatusEntry current = request.currentStatus();
			List<Change> history = request.statuses()
				.entrySet()
				.stream()
				.sorted(Comparator
					.comparingLong((Map.Entry<String, StatusEntry> entry) -> Long.parseLong(entry.getKey())))
				// the submission's own note is intake's, in English: the page words it in
				// the page's language
				.map((entry) -> new Change(entry.getValue().status(),
						"0".equals(entry.getKey()) ? null : entry.getValue().notes(),
						entry.getValue().agencyResponsible(),
						ResidentPages.dateTime(municipality, entry.getValue().at(), locale)))
				.toList();
			return new PublicRequest(request.requestId(), serviceName, current.status(), !current.status().isClosed(),
					request.description(), request.addressString(),
					(request.location() != null) ? request.location().lat() : null,
					(request.location() != null) ? request.location().lon() : null,
					ResidentPages.dateTime(municipality, request.requestedAt(), locale),
					ResidentPages.dateTime(municipality, current.expectedAt(), locale), current.agencyResponsible(),
					history);
		}

	}

	/**
	 * @param status the status it moved to
	 * @param notes what the crew told residents, or {@code null}
	 * @param department who was responsible, or {@code null}
	 * @param at when, written the page's way
	 */
	record Change(RequestStatus status, String notes, String department, String at) {
	}

}
