package org.muni311.notification.template;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestEscalated;
import org.muni311.contracts.ServiceRequestStatusChanged;

/**
 * What residents are told about one event, whichever topic it came from: a status change
 * or an escalation.
 *
 * @param eventId the event's id; a message is sent at most once per event, recipient and
 * channel
 * @param tenant the municipality
 * @param requestId the request
 * @param occurredAt when the event happened
 * @param kind which template: a status in lower case ({@code in_progress}) or
 * {@link #ESCALATED}
 * @param departmentName the department responsible, or {@code null}
 * @param areaName the area the request lies in, or {@code null}
 * @param notes the crew's public note, or {@code null}
 * @param expectedAt when the municipality expects to be done, or {@code null}
 */
public record Notice(String eventId, String tenant, String requestId, Instant occurredAt, String kind,
		String departmentName, String areaName, String notes, Instant expectedAt) {

	/** The kind of an escalation. */
	public static final String ESCALATED = "escalated";

	/** Every kind a template must exist for. */
	public static final List<String> KINDS = Stream
		.concat(Stream.of(RequestStatus.values()).map(Notice::kindOf), Stream.of(ESCALATED))
		.toList();

	/** The notice of a status change. */
	public static Notice of(EventEnvelope<ServiceRequestStatusChanged> event) {
		ServiceRequestStatusChanged change = event.payload();
		return new Notice(event.eventId(), event.tenant(), event.requestId(), event.occurredAt(),
				kindOf(change.status()), change.departmentName(), change.areaName(), change.notes(),
				change.expectedAt());
	}

	/** The notice of an escalation. */
	public static Notice escalated(EventEnvelope<ServiceRequestEscalated> event) {
		ServiceRequestEscalated escalation = event.payload();
		return new Notice(event.eventId(), event.tenant(), event.requestId(), event.occurredAt(), ESCALATED,
				escalation.departmentName(), null, null, escalation.expectedAt());
	}

	private static String kindOf(RequestStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

}
