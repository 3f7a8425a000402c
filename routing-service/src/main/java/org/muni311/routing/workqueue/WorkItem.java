package org.muni311.routing.workqueue;

import java.time.Instant;
import java.util.List;

import org.muni311.autoconfigure.outbox.OutboxDocument;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.RequestStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A request as a department's queue holds it, with the status events it still owes Kafka.
 *
 * @param id {@code tenant:requestId}, which makes creation idempotent
 * @param tenant the municipality
 * @param requestId the request
 * @param serviceCode the catalogue code
 * @param location where, or {@code null}
 * @param departmentCode who handles it
 * @param departmentName its display name
 * @param crew the crew of that department the rules chose, or {@code null}
 * @param areaCode the area the request lies in (of the rule's layer), or {@code null}
 * @param areaName the area's name, or {@code null}
 * @param status where it is
 * @param statusSequence the sequence of its latest status change (1 once routed); the next change takes one more
 * @param notes what residents were told at routing
 * @param routedEventId id of the routed event
 * @param routedAt when it was routed
 * @param outbox status events not yet published
 */
@Document(WorkItem.COLLECTION)
public record WorkItem(@Id String id, String tenant, String requestId, String serviceCode, GeoPoint location,
		String departmentCode, String departmentName, String crew, String areaCode, String areaName, RequestStatus status,
		long statusSequence, String notes, String routedEventId, Instant routedAt, List<OutboxEvent> outbox)
		implements OutboxDocument {

	/** The MongoDB collection. */
	public static final String COLLECTION = "work_items";

	/** The id of the work item of {@code requestId} in {@code tenant}. */
	public static String idOf(String tenant, String requestId) {
		return tenant + ":" + requestId;
	}

}
