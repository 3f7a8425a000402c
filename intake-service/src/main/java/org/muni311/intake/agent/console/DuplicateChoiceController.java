package org.muni311.intake.agent.console;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.duplicate.Duplicates;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.Followers;
import org.muni311.intake.request.RefusedException;
import org.muni311.intake.request.RequestIntake;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's choice when open requests of the same service lie near the one being logged
 * (the form waits in the session): the page listing them, and "me too" for the caller,
 * who then follows one of them instead of filing, subscribed through that request's
 * outbox with the language and the address the caller chose for updates.
 */
@Controller
class DuplicateChoiceController {

	private final ConsoleMunicipalities municipalities;

	private final ServiceRequests requests;

	private final Followers followers;

	private final Duplicates duplicates;

	private final RequestIntake intake;

	DuplicateChoiceController(ConsoleMunicipalities municipalities, ServiceRequests requests, Followers followers,
			Duplicates duplicates, RequestIntake intake) {
		this.intake = intake;
		this.municipalities = municipalities;
		this.requests = requests;
		this.followers = followers;
		this.duplicates = duplicates;
	}

	@GetMapping("/console/{jurisdiction}/requests/pending")
	String choice(@PathVariable String jurisdiction, HttpSession session, Model model, Locale locale) {
		Municipality municipality = this.municipalities.open(jurisdiction, model, locale);
		Object pending = session.getAttribute(CallerRequestController.PENDING + municipality.jurisdictionId());
		ServiceDefinition service = (pending instanceof CallerRequestForm form)
				? municipality.service(form.serviceCode()).orElse(null) : null;
		GeoPoint point = (service != null) ? located(municipality, (CallerRequestForm) pending) : null;
		if (point == null) {
			return "redirect:/console/{jurisdiction}/requests/new";
		}
		model.addAttribute("service", ConsoleForms.serviceName(service, locale));
		model.addAttribute("nearby", this.duplicates
			.near(municipality.jurisdictionId(), service.code(), point, Duplicates.RADIUS_METRES, Duplicates.WINDOW)
			.stream()
			.map((candidate) -> new Nearby(ConsoleMunicipalities.Row.of(municipality, candidate.request(), locale),
					Math.round(candidate.metres()), candidate.request().description()))
			.toList());
		return "console/duplicates";
	}

	/**
	 * Where the pending request is, as the filing service places it (its coordinates, or
	 * its address by the address points); {@code null} when it no longer passes.
	 */
	private GeoPoint located(Municipality municipality, CallerRequestForm form) {
		try {
			return this.intake.check(municipality, form.submission()).location();
		}
		catch (RefusedException ex) {
			return null;
		}
	}

	@PostMapping("/console/{jurisdiction}/requests/{request}/followers")
	String follow(@PathVariable String jurisdiction, @PathVariable String request, HttpSession session, Model model,
			RedirectAttributes redirect, Locale locale) {
		Municipality municipality = this.municipalities.open(jurisdiction, model, locale);
		String key = CallerRequestController.PENDING + municipality.jurisdictionId();
		// a request of another municipality (or none) is not found here, as on its
		// timeline
		boolean open = !this.requests.find(municipality.jurisdictionId(), request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such request"))
			.currentStatus()
			.status()
			.isClosed();
		if (!(session.getAttribute(key) instanceof CallerRequestForm form) || !open) {
			// nothing waiting (a second click, another tab) or the request closed
			// meanwhile: start again
			redirect.addFlashAttribute("followFailed", true);
			return "redirect:/console/{jurisdiction}";
		}
		session.removeAttribute(key);
		String email = Filing.SMS.equals(form.updatesBy()) ? null : form.value("email");
		String phone = Filing.EMAIL.equals(form.updatesBy()) ? null : form.value("phone");
		this.followers.follow(municipality.jurisdictionId(), request,
				new ReporterSubscribed(email, phone, form.value("locale"), "phone", ReporterSubscribed.FOLLOWER, null),
				null);
		redirect.addFlashAttribute("followed", true);
		return "redirect:/console/{jurisdiction}/requests/{request}";
	}

	/** An open request near the one being logged. */
	record Nearby(ConsoleMunicipalities.Row request, long metres, String description) {
	}

}
