package org.muni311.routing.workqueue;

import java.time.Instant;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.RequestStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A request as a department's queue holds it.
 *
 * @param id {@code tenant:requestId}, which makes creation idempotent
 * @param tenant the municipality
 * @param requestId the request
 * @param serviceCode the catalogue code
 * @param location where, or {@code null}
 * @param departmentCode who handles it
 * @param departmentName its display name
 * @param areaCode the ward, or {@code null}
 * @param areaName the ward's name, or {@code null}
 * @param status where it is
 * @param notes what residents were told at routing
 * @param routedEventId id of the routed event, re-sent unchanged on redelivery
 * @param routedAt when it was routed
 */
@Document("work_items")
public record WorkItem(@Id String id, String tenant, String requestId, String serviceCode, GeoPoint location,
		String departmentCode, String departmentName, String areaCode, String areaName, RequestStatus status,
		String notes, String routedEventId, Instant routedAt) {
}
