package org.muni311.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one recipient about one event, and the log of its sending. Its id makes a second delivery of the
 * same event to the same recipient on the same channel impossible, whatever Kafka redelivers.
 *
 * @param id {@code eventId:channel:recipientKey}; the key is a hash, so no contact data is in an id
 * @param tenant the municipality
 * @param requestId the request
 * @param eventId the status event
 * @param channel {@code email}
 * @param recipient the address
 * @param subject the message's subject
 * @param body the message's text
 * @param state where it is
 * @param attempts sending attempts so far
 * @param lastError why the last attempt failed, or {@code null}
 * @param occurredAt when the event occurred
 * @param updatedAt when the state last changed
 */
@Document(Delivery.COLLECTION)
public record Delivery(@Id String id, String tenant, String requestId, String eventId, String channel,
		String recipient, String subject, String body, DeliveryState state, int attempts, String lastError,
		Instant occurredAt, Instant updatedAt) {

	/** The MongoDB collection. */
	public static final String COLLECTION = "deliveries";

}
