package org.muni311.routing.crew.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.RequestStatus;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkItem.Entry;
import org.muni311.routing.workqueue.WorkItem.Priority;
import org.muni311.routing.workqueue.Workflow;

/**
 * A work item as staff see it: never the stored record (no outbox), and no contact data,
 * which routing never has.
 *
 * @param requestId the request
 * @param serviceCode its service
 * @param location where, or {@code null}
 * @param department the department responsible
 * @param departmentName its name
 * @param crew the crew, or {@code null}
 * @param area the area, or {@code null}
 * @param areaName its name
 * @param status its status
 * @param allowedStatuses where it may move next
 * @param priority its priority
 * @param assignee who works on it, or {@code null}
 * @param expectedAt when it is due, or {@code null}
 * @param escalatedAt when the SLA check found it overdue, or {@code null}
 * @param routedAt when it was routed
 * @param version the version to name in a change
 * @param journal notes and changes, oldest first
 */
record WorkItemView(String requestId, String serviceCode, GeoPoint location, String department, String departmentName,
		String crew, String area, String areaName, RequestStatus status, Set<RequestStatus> allowedStatuses,
		Priority priority, String assignee, Instant expectedAt, Instant escalatedAt, Instant routedAt, long version,
		List<Entry> journal) {

	static WorkItemView of(WorkItem item) {
		return new WorkItemView(item.requestId(), item.serviceCode(), item.location(), item.departmentCode(),
				item.departmentName(), item.crew(), item.areaCode(), item.areaName(), item.status(),
				Workflow.allowedFrom(item.status()), item.priority(), item.assignee(), item.expectedAt(),
				item.escalatedAt(), item.routedAt(), item.version(), item.journal());
	}

}
