package org.muni311.intake.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.muni311.autoconfigure.outbox.OutboxDocument;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.contracts.GeoPoint;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service request as intake keeps it: what the resident sent, its public status
 * history, and the events not yet published (the embedded outbox). Contact data stays in
 * this document; public reads never show it.
 *
 * @param key {@code tenant:requestId}: every read and write names the municipality
 * through the primary key alone
 * @param tenant the municipality's jurisdiction id
 * @param requestId the {@code service_request_id}
 * @param serviceCode the catalogue code
 * @param serviceName the service's name when submitted
 * @param description the resident's words, or {@code null}
 * @param location where, or {@code null}
 * @param addressString the address as given, or {@code null}
 * @param addressId the address id as given, or {@code null}
 * @param mediaUrl a photo's address, or {@code null}
 * @param channel how it came in
 * @param contact who sent it, never shown publicly
 * @param language the reporter's language for updates
 * @param requestedAt when it was received
 * @param updatedAt when it last changed
 * @param statusSequence the highest status sequence applied: the key of the current entry
 * of {@code statuses}
 * @param statuses every status applied, keyed by its sequence (0 is the submission)
 * @param outbox events owed to Kafka
 * @param attributes the answers to the service definition's questions, by attribute code
 * @param filedBy the staff member (call-centre agent) who filed it for the reporter, or
 * {@code null}
 */
@Document(ServiceRequest.COLLECTION)
public record ServiceRequest(@Id String key, String tenant, String requestId, String serviceCode, String serviceName,
		String description, GeoPoint location, String addressString, String addressId, String mediaUrl, String channel,
		Contact contact, String language, Instant requestedAt, Instant updatedAt, long statusSequence,
		Map<String, StatusEntry> statuses, List<OutboxEvent> outbox, Map<String, List<String>> attributes,
		String filedBy) implements OutboxDocument {

	/** The MongoDB collection. */
	public static final String COLLECTION = "service_requests";

	/** The key of request {@code requestId} of {@code tenant}. */
	public static String keyOf(String tenant, String requestId) {
		return tenant + ":" + requestId;
	}

	/** The status shown now: the one with the highest sequence applied. */
	public StatusEntry currentStatus() {
		return this.statuses.get(Long.toString(this.statusSequence));
	}

}
