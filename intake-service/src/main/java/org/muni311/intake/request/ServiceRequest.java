package org.muni311.intake.request;

import java.time.Instant;
import java.util.List;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.RequestStatus;
import org.muni311.intake.outbox.OutboxEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service request as intake keeps it: what the resident sent, its public status, and the events not yet
 * published (the embedded outbox). Contact data stays in this document; public reads never show it.
 *
 * @param id the {@code service_request_id}
 * @param tenant the municipality's jurisdiction id
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
 * @param status where it is in its life
 * @param statusNotes what residents are told about the status
 * @param agencyResponsible the department's name once routed
 * @param requestedAt when it was received
 * @param updatedAt when it last changed
 * @param statusChangedAt when the last applied status event occurred; orders status events
 * @param outbox events owed to Kafka
 * @param outboxPending whether {@code outbox} is not empty (indexed, for the relay)
 */
@Document(ServiceRequest.COLLECTION)
public record ServiceRequest(@Id String id, String tenant, String serviceCode, String serviceName, String description,
		GeoPoint location, String addressString, String addressId, String mediaUrl, String channel, Contact contact,
		String language, RequestStatus status, String statusNotes, String agencyResponsible, Instant requestedAt,
		Instant updatedAt, Instant statusChangedAt, List<OutboxEvent> outbox, boolean outboxPending) {

	/** The MongoDB collection. */
	public static final String COLLECTION = "service_requests";

}
