package org.muni311.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every event travels in.
 *
 * @param eventId unique id of this event; consumers deduplicate on it
 * @param type the payload's type name, such as {@link ServiceRequestSubmitted#TYPE}
 * @param version the payload's schema version
 * @param tenant the municipality (Open311 {@code jurisdiction_id}); no consumer crosses
 * tenants
 * @param requestId the service request the event is about, and then the Kafka record key;
 * {@code null} for an event about the municipality itself (its configuration)
 * @param occurredAt when it happened
 * @param traceParent W3C trace context ({@code traceparent}) of the work that caused the
 * event
 * @param payload the event itself
 * @param <T> the payload type
 */
public record EventEnvelope<T>(String eventId, String type, int version, String tenant, String requestId,
		Instant occurredAt, String traceParent, T payload) {

	public EventEnvelope {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(tenant, "tenant");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(payload, "payload");
	}

	/** A new event with a fresh id. */
	public static <T> EventEnvelope<T> create(String type, int version, String tenant, String requestId,
			Instant occurredAt, String traceParent, T payload) {
		return new EventEnvelope<>(UUID.randomUUID().toString(), type, version, tenant, requestId, occurredAt,
				traceParent, payload);
	}

}
