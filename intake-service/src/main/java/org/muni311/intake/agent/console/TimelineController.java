package org.muni311.intake.agent.console;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.muni311.autoconfigure.audit.StaffReads;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.intake.request.StatusEntry;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request's timeline for agents: what was filed and how, each status change with its
 * notes and department (intake keeps the public notes only; it has no internal ones), and
 * the messages the notification service sent about it, with recipients masked. The page
 * shows without the messages when the delivery log is unavailable. The console reads the
 * log with its own credential, so the agent's read is kept in intake's audit log of staff
 * reads.
 */
@Controller
class TimelineController {

	private final ConsoleMunicipalities municipalities;

	private final ServiceRequests requests;

	private final DeliveryLog deliveryLog;

	private final StaffReads reads;

	TimelineController(ConsoleMunicipalities municipalities, ServiceRequests requests, DeliveryLog deliveryLog,
			StaffReads reads) {
		this.municipalities = municipalities;
		this.requests = requests;
		this.deliveryLog = deliveryLog;
		this.reads = reads;
	}

	@GetMapping("/console/{jurisdiction}/requests/{request}")
	String timeline(@PathVariable String jurisdiction, @PathVariable String request, Model model, Locale locale,
			Authentication agent) {
		Municipality municipality = this.municipalities.open(jurisdiction, model, locale);
		ServiceRequest found = this.requests.find(municipality.jurisdictionId(), request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such request"));
		model.addAttribute("request", ConsoleMunicipalities.Row.of(municipality, found, locale));
		model.addAttribute("filedRequest", found);
		model.addAttribute("requestedAt", ConsoleMunicipalities.when(municipality, found.requestedAt(), locale));
		model.addAttribute("statuses", found.statuses()
			.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, StatusEntry> entry) -> Long.parseLong(entry.getKey())))
			.map((entry) -> new Change(entry.getValue().status().name(),
					ConsoleMunicipalities.when(municipality, entry.getValue().at(), locale), entry.getValue().notes(),
					entry.getValue().agencyResponsible()))
			.toList());
		Optional<List<DeliveryLog.Sent>> sentLog = this.deliveryLog.sent(municipality.jurisdictionId(),
				found.requestId());
		sentLog.ifPresent((shown) -> this.reads.record(agent, municipality.jurisdictionId(), StaffReads.DELIVERY_LOG,
				found.requestId()));
		model.addAttribute("deliveries", sentLog.map((sent) -> sent.stream()
			.map((message) -> new Message(message.channel(), message.recipient(), message.state(), message.kind(),
					ConsoleMunicipalities.when(municipality,
							(message.updatedAt() != null) ? message.updatedAt() : message.occurredAt(), locale)))
			.toList()).orElse(null));
		return "console/timeline";
	}

	/** One status change as the timeline shows it. */
	record Change(String status, String at, String notes, String department) {
	}

	/** One message sent, as the timeline shows it. */
	record Message(String channel, String recipient, String state, String kind, String at) {
	}

}
