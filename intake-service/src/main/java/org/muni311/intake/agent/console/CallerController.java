package org.muni311.intake.agent.console;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.muni311.autoconfigure.audit.Masks;
import org.muni311.autoconfigure.audit.StaffReads;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.municipality.Municipality;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's start ({@code /console}: the municipalities the agent serves) and the
 * caller look-up: the agent posts a phone number or email, the console keeps it in the
 * session and redirects to the municipality's page, which lists that caller's requests,
 * newest first, as the agent API's caller history does (and kept, as there, in the audit
 * log of staff reads).
 */
@Controller
class CallerController {

	private final ConsoleMunicipalities municipalities;

	private final ServiceRequests requests;

	private final StaffAccess access;

	private final MessageSource messages;

	private final StaffReads reads;

	CallerController(ConsoleMunicipalities municipalities, ServiceRequests requests, StaffAccess access,
			MessageSource messages, StaffReads reads) {
		this.municipalities = municipalities;
		this.requests = requests;
		this.access = access;
		this.messages = messages;
		this.reads = reads;
	}

	@GetMapping("/console")
	String home(Authentication agent, Model model, Locale locale) {
		model.addAttribute("served",
				this.access.municipalities(agent, StaffRole.AGENT)
					.stream()
					.map((id) -> new Served(id, this.municipalities.name(id, locale)))
					.toList());
		return "console/home";
	}

	// any method: a refused form post is forwarded here as a POST
	@RequestMapping(ConsoleSecurity.REFUSED)
	String refused(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("branding", PageBranding.platform());
		return "console/refused";
	}

	@GetMapping("/console/{jurisdiction}")
	String caller(@PathVariable String jurisdiction, HttpSession session, Model model, Locale locale,
			Authentication agent) {
		Municipality municipality = this.municipalities.open(jurisdiction, model, locale);
		ConsoleCaller caller = ConsoleCaller.in(session, municipality.jurisdictionId());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		if (caller != null && !model.containsAttribute("query")) {
			model.addAttribute("query", caller.value());
		}
		model.addAttribute("caller", caller);
		if (caller != null) {
			this.reads.record(agent, municipality.jurisdictionId(), StaffReads.CALLER_HISTORY,
					Masks.mask(caller.value()));
			model.addAttribute("rows",
					this.requests.byContact(municipality.jurisdictionId(), caller.field(), caller.value())
						.stream()
						.map((request) -> ConsoleMunicipalities.Row.of(municipality, request, locale))
						.toList());
		}
		return "console/caller";
	}

	@PostMapping("/console/{jurisdiction}/caller")
	String find(@PathVariable String jurisdiction, @RequestParam(defaultValue = "") String query, HttpSession session,
			RedirectAttributes redirect, Locale locale) {
		ConsoleCaller caller = ConsoleCaller.parse(query);
		if (caller == null) {
			String key = query.isBlank() ? "console.error.query.missing" : "console.error.query.invalid";
			redirect.addFlashAttribute("problems",
					List.of(new PageProblem("query", this.messages.getMessage(key, null, locale))));
			redirect.addFlashAttribute("query", query);
		}
		else {
			caller.keep(session, jurisdiction);
		}
		return "redirect:/console/{jurisdiction}";
	}

	/** A municipality the agent serves. */
	record Served(String id, String name) {
	}

}
