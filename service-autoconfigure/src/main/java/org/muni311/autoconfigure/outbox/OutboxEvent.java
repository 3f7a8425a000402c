package org.muni311.autoconfigure.outbox;

import java.time.Instant;

import org.muni311.contracts.EventEnvelope;

/**
 * An event waiting, inside the document that caused it, to be published.
 *
 * @param eventId the envelope's event id
 * @param topic where it goes
 * @param key the Kafka record key (the request id, or what a municipality event is about)
 * @param type the envelope type, copied to a record header
 * @param payload the whole envelope as JSON
 * @param createdAt when it was written; the recovery pass takes only events older than
 * its grace period
 * @param traceParent the envelope's W3C trace context, published as the record's
 * {@code traceparent} header so that its consumers continue that trace; or {@code null}
 */
public record OutboxEvent(String eventId, String topic, String key, String type, String payload, Instant createdAt,
		String traceParent) {

	/** An event published in no trace. */
	public OutboxEvent(String eventId, String topic, String key, String type, String payload, Instant createdAt) {
		this(eventId, topic, key, type, payload, createdAt, null);
	}

	/**
	 * The event {@code event}, already written as {@code payload}, owed to {@code topic},
	 * keyed by request id.
	 */
	public static OutboxEvent of(String topic, EventEnvelope<?> event, String payload, Instant createdAt) {
		return keyed(topic, event.requestId(), event, payload, createdAt);
	}

	/**
	 * The event {@code event}, already written as {@code payload}, owed to {@code topic}
	 * under {@code key}.
	 */
	public static OutboxEvent keyed(String topic, String key, EventEnvelope<?> event, String payload,
			Instant createdAt) {
		return new OutboxEvent(event.eventId(), topic, key, event.type(), payload, createdAt, event.traceParent());
	}

}
