package org.muni311.intake.outbox;

import java.time.Instant;

/**
 * An event waiting, inside the document that caused it, to be published.
 *
 * @param eventId the envelope's event id
 * @param topic where it goes
 * @param key the Kafka record key (the request id)
 * @param type the envelope type, copied to a record header
 * @param payload the whole envelope as JSON
 * @param createdAt when it was written
 */
public record OutboxEvent(String eventId, String topic, String key, String type, String payload, Instant createdAt) {

	/** Field of the owning document that holds its pending events. */
	public static final String EVENTS_FIELD = "outbox";

	/** Field of the owning document that is {@code true} while it has pending events (indexed). */
	public static final String PENDING_FIELD = "outboxPending";

}
