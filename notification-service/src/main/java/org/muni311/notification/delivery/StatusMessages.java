package org.muni311.notification.delivery;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.municipality.MunicipalityConfiguration;

/** The words of a status update, in English or French. */
final class StatusMessages {

	private StatusMessages() {
	}

	static String subject(EventEnvelope<ServiceRequestStatusChanged> event, String language) {
		String status = status(event.payload(), language);
		return "fr".equals(language) ? "Demande " + event.requestId() + " : " + status
				: "Request " + event.requestId() + ": " + status;
	}

	static String body(EventEnvelope<ServiceRequestStatusChanged> event, String language,
			Optional<MunicipalityConfiguration> municipality) {
		ServiceRequestStatusChanged change = event.payload();
		String notes = (change.notes() != null) ? change.notes() + "\n\n" : "";
		String signature = municipality.map((m) -> signature(m, language)).orElse("");
		if ("fr".equals(language)) {
			return "Bonjour,\n\nVotre demande " + event.requestId() + " est maintenant : " + status(change, language)
					+ ".\nService responsable : " + change.departmentName() + "\n\n" + notes
					+ "Merci de votre signalement.\n" + signature;
		}
		return "Hello,\n\nYour request " + event.requestId() + " is now: " + status(change, language)
				+ ".\nResponsible department: " + change.departmentName() + "\n\n" + notes
				+ "Thank you for reporting it.\n" + signature;
	}

	/** The municipality's name and how to reach it, in the resident's language where it has one. */
	private static String signature(MunicipalityConfiguration municipality, String language) {
		StringBuilder signature = new StringBuilder("\n").append(municipality.text(municipality.name(), language));
		MunicipalityConfiguration.Contact contact = municipality.contact();
		if (contact != null) {
			Stream.of(contact.phone(), contact.email(), contact.url())
				.filter(Objects::nonNull)
				.forEach((line) -> signature.append("\n").append(line));
		}
		return signature.append("\n").toString();
	}

	private static String status(ServiceRequestStatusChanged change, String language) {
		boolean fr = "fr".equals(language);
		return switch (change.status()) {
			case SUBMITTED -> fr ? "reçue" : "received";
			case ROUTED -> fr ? "transmise à " + change.departmentName() : "sent to " + change.departmentName();
			case ACKNOWLEDGED -> fr ? "prise en charge" : "acknowledged";
			case IN_PROGRESS -> fr ? "en cours" : "in progress";
			case ON_HOLD -> fr ? "en attente" : "on hold";
			case RESOLVED -> fr ? "résolue" : "resolved";
			case CLOSED -> fr ? "fermée" : "closed";
			case REOPENED -> fr ? "rouverte" : "reopened";
		};
	}

}
