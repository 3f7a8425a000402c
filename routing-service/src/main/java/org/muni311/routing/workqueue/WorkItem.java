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
 * @param id {@code tenant:requestId}, which makes creation idempotent and keeps every
 * lookup inside its tenant
 * @param tenant the municipality
 * @param requestId the request
 * @param serviceCode the catalogue code
 * @param location where, or {@code null}
 * @param address the address the resident gave, or {@code null} (crews read it on the
 * board)
 * @param departmentCode who handles it
 * @param departmentName its display name
 * @param crew the crew of that department responsible, or {@code null}
 * @param areaCode the area the request lies in (of the rule's layer), or {@code null}
 * @param areaName the area's name, or {@code null}
 * @param status where it is
 * @param statusSequence the sequence of its latest status change (1 once routed); the
 * next change takes one more
 * @param notes what residents were told at routing
 * @param routedEventId id of the routed event
 * @param routedAt when it was routed
 * @param assignee the staff member working on it, or {@code null}
 * @param priority how urgent the department judges it
 * @param responseHours the service's expected response hours, or {@code null} when it
 * promises none
 * @param expectedAt when it is due (routing or reopening plus {@code responseHours}), or
 * {@code null}
 * @param slaDueAt {@code expectedAt} while the item is open and not yet escalated, else
 * absent: the one field the SLA check queries, so that a resolved or escalated item is
 * never looked at again
 * @param escalatedAt when the SLA check found it overdue, or {@code null}
 * @param version one more with every change; a change names the version it was made on
 * (optimistic locking)
 * @param journal notes and changes, oldest first (public notes are those residents were
 * told)
 * @param outbox status events not yet published
 */
@Document(WorkItem.COLLECTION)
public record WorkItem(@Id String id, String tenant, String requestId, String serviceCode, GeoPoint location,
		String address, String departmentCode, String departmentName, String crew, String areaCode, String areaName,
		RequestStatus status, long statusSequence, String notes, String routedEventId, Instant routedAt,
		String assignee, Priority priority, Integer responseHours, Instant expectedAt, Instant slaDueAt,
		Instant escalatedAt, long version, List<Entry> journal, List<OutboxEvent> outbox) implements OutboxDocument {

	/** The MongoDB collection. */
	public static final String COLLECTION = "work_items";

	public WorkItem {
		priority = (priority != null) ? priority : Priority.NORMAL;
		journal = (journal != null) ? List.copyOf(journal) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	/** The id of the work item of {@code requestId} in {@code tenant}. */
	public static String idOf(String tenant, String requestId) {
		return tenant + ":" + requestId;
	}

	/**
	 * A routed request's new work item.
	 * @param routing where it goes and why (the routed note and event)
	 */
	public static WorkItem routed(String tenant, String requestId, String serviceCode, GeoPoint location,
			String address, Routing routing, Integer responseHours, Instant expectedAt, List<OutboxEvent> outbox) {
		Entry routed = new Entry(routing.routedAt(), "routing", RequestStatus.ROUTED.name(), routing.notes(),
				Visibility.PUBLIC);
		return new WorkItem(idOf(tenant, requestId), tenant, requestId, serviceCode, location, address,
				routing.departmentCode(), routing.departmentName(), routing.crew(), routing.areaCode(),
				routing.areaName(), RequestStatus.ROUTED, routing.sequence(), routing.notes(), routing.eventId(),
				routing.routedAt(), null, Priority.NORMAL, responseHours, expectedAt, expectedAt, null, 0,
				List.of(routed), outbox);
	}

	/**
	 * Where routing sent a request.
	 *
	 * @param departmentCode the department
	 * @param departmentName its display name
	 * @param crew the crew, or {@code null}
	 * @param areaCode the area, or {@code null}
	 * @param areaName its name, or {@code null}
	 * @param notes what the resident is told
	 * @param sequence the routed event's sequence
	 * @param eventId the routed event's id
	 * @param routedAt when
	 */
	public record Routing(String departmentCode, String departmentName, String crew, String areaCode, String areaName,
			String notes, long sequence, String eventId, Instant routedAt) {
	}

	/** How urgent a work item is; queues may filter by it. */
	public enum Priority {

		LOW, NORMAL, HIGH, URGENT

	}

	/** Who may read a note: residents too, or staff only. */
	public enum Visibility {

		PUBLIC, INTERNAL

	}

	/**
	 * One line of a work item's journal.
	 *
	 * @param at when
	 * @param by who: a staff member's name, or {@code routing} and {@code sla} for the
	 * service itself
	 * @param action what happened: a status's name, or {@code CLAIMED}, {@code ASSIGNED},
	 * {@code NOTE}, {@code PRIORITY}, {@code ESCALATED}
	 * @param text the note or detail, or {@code null}
	 * @param visibility whether residents were told {@code text}
	 */
	public record Entry(Instant at, String by, String action, String text, Visibility visibility) {
	}

}
