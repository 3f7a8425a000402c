package org.muni311.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one recipient about one event. Its id makes a second claim for the same pair fail.
 *
 * @param id {@code eventId:channel:recipient}
 * @param tenant the municipality
 * @param requestId the request
 * @param eventId the status event
 * @param channel {@code email}
 * @param recipient the address
 * @param state {@code SENDING}, {@code SENT} or {@code FAILED}
 * @param at when the state was set
 */
@Document("deliveries")
public record Delivery(@Id String id, String tenant, String requestId, String eventId, String channel,
		String recipient, String state, Instant at) {
}
