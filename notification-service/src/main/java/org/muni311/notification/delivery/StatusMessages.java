package org.muni311.notification.delivery;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestStatusChanged;

/** The words of a status update, in English or French. */
final class StatusMessages {

	private StatusMessages() {
	}

	static String subject(EventEnvelope<ServiceRequestStatusChanged> event, String language) {
		String status = status(event.payload(), language);
		return "fr".equals(language) ? "Demande " + event.requestId() + " : " + status
				: "Request " + event.requestId() + ": " + status;
	}

	static String body(EventEnvelope<ServiceRequestStatusChanged> event, String language) {
		ServiceRequestStatusChanged change = event.payload();
		String notes = (change.notes() != null) ? change.notes() + "\n\n" : "";
		if ("fr".equals(language)) {
			return "Bonjour,\n\nVotre demande " + event.requestId() + " est maintenant : " + status(change, language)
					+ ".\nService responsable : " + change.departmentName() + "\n\n" + notes
					+ "Merci de votre signalement.\n";
		}
		return "Hello,\n\nYour request " + event.requestId() + " is now: " + status(change, language)
				+ ".\nResponsible department: " + change.departmentName() + "\n\n" + notes
				+ "Thank you for reporting it.\n";
	}

	private static String status(ServiceRequestStatusChanged change, String language) {
		boolean fr = "fr".equals(language);
		return switch (change.status()) {
			case SUBMITTED -> fr ? "reçue" : "received";
			case ROUTED -> fr ? "transmise à " + change.departmentName() : "sent to " + change.departmentName();
			case ACKNOWLEDGED -> fr ? "prise en charge" : "acknowledged";
			case IN_PROGRESS -> fr ? "en cours" : "in progress";
			case RESOLVED -> fr ? "résolue" : "resolved";
			case CLOSED -> fr ? "fermée" : "closed";
			case REOPENED -> fr ? "rouverte" : "reopened";
		};
	}

}
