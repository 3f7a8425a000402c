package org.muni311.intake.agent.console;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.duplicate.Duplicates;
import org.muni311.intake.request.Filed;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.NewServiceRequest;
import org.muni311.intake.request.Problem;
import org.muni311.intake.request.RefusedException;
import org.muni311.intake.request.RequestIntake;
import org.muni311.municipality.Municipality;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a request for a caller: the service first (a plain GET form), then its
 * questions, the location, the description and the caller's contact, language and choice
 * of updates. A valid form with coordinates is first checked for open requests of the
 * same service nearby; the agent then adds the caller to one of them
 * ({@link DuplicateChoiceController}) or files anyway. Filing takes every channel's path,
 * the filing service: channel {@code phone}, the caller subscribed with the
 * {@code caller} role, the agent recorded.
 */
@Controller
class CallerRequestController {

	/**
	 * The session attribute holding a form waiting on the agent's duplicate decision, per
	 * municipality.
	 */
	static final String PENDING = "console.pending.";

	private final ConsoleMunicipalities municipalities;

	private final RequestIntake intake;

	private final Duplicates duplicates;

	private final StaffAccess access;

	private final MessageSource messages;

	CallerRequestController(ConsoleMunicipalities municipalities, RequestIntake intake, Duplicates duplicates,
			StaffAccess access, MessageSource messages) {
		this.municipalities = municipalities;
		this.intake = intake;
		this.duplicates = duplicates;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/console/{jurisdiction}/requests/new")
	String form(@PathVariable String jurisdiction, @RequestParam(required = false) String service, HttpSession session,
			Model model, Locale locale) {
		Municipality municipality = this.municipalities.open(jurisdiction, model, locale);
		ServiceDefinition chosen = (service != null) ? municipality.service(service).orElse(null) : null;
		if (chosen == null) {
			if (service == null) {
				model.addAttribute("services", ConsoleForms.services(municipality, locale));
				model.addAttribute("problems", List.of());
				return "console/service";
			}
			return services(municipality, model, locale);
		}
		CallerRequestForm form = CallerRequestForm.forCaller(ConsoleCaller.in(session, jurisdiction), chosen.code(),
				municipality.defaultLanguage());
		return ConsoleForms.show(model, municipality, chosen, form, List.of(), locale);
	}

	@PostMapping("/console/{jurisdiction}/requests")
	String file(@PathVariable String jurisdiction, @RequestParam MultiValueMap<String, String> posted,
			HttpSession session, Authentication agent, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		Municipality municipality = this.municipalities.open(jurisdiction, model, locale);
		CallerRequestForm form = CallerRequestForm.of(posted);
		ServiceDefinition service = (form.serviceCode() != null) ? municipality.service(form.serviceCode()).orElse(null)
				: null;
		if (service == null) {
			// a form changed by hand, or a service removed meanwhile: the choice of
			// services again, with the reason
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return services(municipality, model, locale);
		}
		List<Problem> refused = List.of();
		NewServiceRequest request = null;
		try {
			request = this.intake.check(municipality, form.submission());
		}
		catch (RefusedException ex) {
			refused = ex.problems();
		}
		List<PageProblem> problems = form.problems(service, refused, this.messages, locale);
		if (!problems.isEmpty()) {
			// shown again with its problems: nothing was stored
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return ConsoleForms.show(model, municipality, service, form, problems, locale);
		}
		List<Duplicates.Candidate> nearby = (request.location() != null)
				? this.duplicates.near(municipality.jurisdictionId(), service.code(), request.location(),
						Duplicates.RADIUS_METRES, Duplicates.WINDOW)
				: List.of();
		if (!nearby.isEmpty()) {
			session.setAttribute(PENDING + municipality.jurisdictionId(), form);
			return "redirect:/console/{jurisdiction}/requests/pending";
		}
		return file(municipality, service, form, agent, model, redirect, locale, response);
	}

	@PostMapping("/console/{jurisdiction}/requests/pending")
	String fileAnyway(@PathVariable String jurisdiction, HttpSession session, Authentication agent, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		Municipality municipality = this.municipalities.open(jurisdiction, model, locale);
		Object pending = session.getAttribute(PENDING + municipality.jurisdictionId());
		if (!(pending instanceof CallerRequestForm form)) {
			return "redirect:/console/{jurisdiction}/requests/new";
		}
		session.removeAttribute(PENDING + municipality.jurisdictionId());
		ServiceDefinition service = municipality.service(form.serviceCode()).orElse(null);
		if (service == null) {
			return "redirect:/console/{jurisdiction}/requests/new";
		}
		return file(municipality, service, form, agent, model, redirect, locale, response);
	}

	/**
	 * The choice of services, with the problem that the one asked for is not among them.
	 */
	private String services(Municipality municipality, Model model, Locale locale) {
		model.addAttribute("services", ConsoleForms.services(municipality, locale));
		model.addAttribute("problems",
				List.of(new PageProblem("service", this.messages.getMessage("console.error.service", null, locale))));
		return "console/service";
	}

	/**
	 * Files the form, checked again by the filing service (the catalogue may have changed
	 * while the agent decided), and shows the request; or shows the form again with the
	 * problems found.
	 */
	private String file(Municipality municipality, ServiceDefinition service, CallerRequestForm form,
			Authentication agent, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletResponse response) {
		try {
			Filed filed = this.intake.file(municipality, form.submission(),
					Filing.forCaller(this.access.name(agent), form.updatesBy()), null);
			redirect.addAttribute("request", filed.requestId());
			redirect.addFlashAttribute("filed", true);
			return "redirect:/console/{jurisdiction}/requests/{request}";
		}
		catch (RefusedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return ConsoleForms.show(model, municipality, service, form,
					form.problems(service, ex.problems(), this.messages, locale), locale);
		}
	}

}
