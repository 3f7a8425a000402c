package org.muni311.intake.agent.console;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.duplicate.Duplicates;
import org.muni311.municipality.Municipality;
import org.muni311.intake.open311.SubmissionCheck;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.NewServiceRequest;
import org.muni311.intake.request.RequestIntake;

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
 * Logging a request for a caller: the service first (a plain GET form), then its questions, the location, the
 * description and the caller's contact, language and choice of updates. A valid form with coordinates is first
 * checked for open requests of the same service nearby; the agent then adds the caller to one of them
 * ({@link DuplicateChoiceController}) or files anyway. Filing takes the agent API's path: its checks, channel
 * {@code phone}, the caller subscribed with the {@code caller} role, the agent recorded.
 */
@Controller
class CallerRequestController {

	/** The session attribute holding a form waiting on the agent's duplicate decision, per municipality. */
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
	String form(@PathVariable String jurisdiction, @RequestParam(required = false) String service,
			HttpSession session, Model model, Locale locale) {
		Municipality municipality = this.municipalities.open(jurisdiction, model, locale);
		ServiceDefinition chosen = (service != null) ? municipality.service(service).orElse(null) : null;
		if (chosen == null) {
			model.addAttribute("services", ConsoleForms.services(municipality, locale));
			model.addAttribute("problems", (service != null) ? List.of(new PageProblem("service",
					this.messages.getMessage("console.error.service", null, locale))) : List.of());
			return "console/service";
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
		ServiceDefinition service = (form.serviceCode() != null)
				? municipality.service(form.serviceCode()).orElse(null) : null;
		if (service == null) {
			return "redirect:/console/{jurisdiction}/requests/new";
		}
		List<PageProblem> problems = form.problems(service, this.messages, locale);
		NewServiceRequest request = null;
		if (problems.isEmpty()) {
			try {
				request = SubmissionCheck.check(form.open311Fields(), municipality);
			}
			catch (SubmissionCheck.Refused ex) {
				problems = CallerRequestForm.refused(ex.problems(), this.messages, locale);
			}
		}
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
		return filed(file(municipality, service, request, form, agent), redirect);
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
		// checked when it was posted; checked again since the catalogue may have changed while the agent decided
		ServiceDefinition service = municipality.service(form.serviceCode()).orElse(null);
		if (service == null) {
			return "redirect:/console/{jurisdiction}/requests/new";
		}
		try {
			NewServiceRequest request = SubmissionCheck.check(form.open311Fields(), municipality);
			return filed(file(municipality, service, request, form, agent), redirect);
		}
		catch (SubmissionCheck.Refused ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return ConsoleForms.show(model, municipality, service, form,
					CallerRequestForm.refused(ex.problems(), this.messages, locale), locale);
		}
	}

	private String file(Municipality municipality, ServiceDefinition service, NewServiceRequest request,
			CallerRequestForm form, Authentication agent) {
		String id = this.intake.submit(municipality, service, request,
				Filing.forCaller(this.access.name(agent), form.updatesBy()), null);
		GeoPoint location = request.location();
		this.duplicates.remember(municipality.jurisdictionId(), id, service.code(), location, Instant.now());
		return id;
	}

	private static String filed(String id, RedirectAttributes redirect) {
		redirect.addAttribute("request", id);
		redirect.addFlashAttribute("filed", true);
		return "redirect:/console/{jurisdiction}/requests/{request}";
	}

}
