package org.muni311.routing.workqueue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.tracing.CurrentTrace;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.routing.workqueue.WorkItem.Priority;
import org.muni311.routing.workqueue.WorkItem.Visibility;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * What crews and supervisors do to work items: claim, assign, move through the
 * {@link Workflow}, note, prioritise and reassign. Each change is checked against the
 * item's status and the version the caller read, then written with the status event
 * residents are owed (if any) in one write; see {@link WorkItems#apply}.
 */
@Service
public class WorkQueue {

	private final WorkItems items;

	private final JsonMapper json;

	private final Clock clock;

	private final Departments departments;

	private final CurrentTrace trace;

	WorkQueue(WorkItems items, Departments departments, JsonMapper json, Clock clock, CurrentTrace trace) {
		this.items = items;
		this.departments = departments;
		this.json = json;
		this.clock = clock;
		this.trace = trace;
	}

	/** One item of the municipality {@code tenant}. */
	public WorkItem get(String tenant, String requestId) {
		return this.items.find(tenant, requestId).orElseThrow(() -> new WorkItemNotFoundException(tenant, requestId));
	}

	/** One page of a department's or crew's queue. */
	public QueuePage queue(QueueQuery query) {
		return this.items.queue(query);
	}

	/** {@code by} takes the item; a routed or reopened item is acknowledged by it. */
	public WorkItem claim(String tenant, String requestId, long version, String by) {
		return change(tenant, requestId, version, by, (draft) -> {
			if (!Workflow.isOpen(draft.status)) {
				throw new TransitionRefusedException("Claiming", draft.status, Workflow.allowedFrom(draft.status));
			}
			draft.assignee = by;
			draft.record("CLAIMED", null);
			if (Workflow.claimAcknowledges(draft.status)) {
				draft.moveTo(RequestStatus.ACKNOWLEDGED, null);
			}
		});
	}

	/**
	 * Gives the item to {@code assignee} (and, when named, to {@code crew} of its
	 * department).
	 */
	public WorkItem assign(String tenant, String requestId, long version, String assignee, String crew, String by) {
		return change(tenant, requestId, version, by, (draft) -> {
			if (crew != null) {
				this.departments.requireCrew(tenant, draft.departmentCode, crew);
				draft.crew = crew;
			}
			draft.assignee = assignee;
			draft.record("ASSIGNED", assignee + ((crew != null) ? " (" + crew + ")" : ""));
		});
	}

	/**
	 * Moves the item to {@code status}, telling residents {@code note} (which may be
	 * {@code null}).
	 */
	public WorkItem move(String tenant, String requestId, long version, RequestStatus status, String note, String by) {
		return change(tenant, requestId, version, by, (draft) -> {
			if (!Workflow.allows(draft.status, status)) {
				throw new TransitionRefusedException("Moving to " + status, draft.status,
						Workflow.allowedFrom(draft.status));
			}
			draft.moveTo(status, note);
		});
	}

	/**
	 * Adds a note: a public one is published with the item's status, an internal one
	 * stays with the staff.
	 */
	public WorkItem note(String tenant, String requestId, long version, String text, Visibility visibility, String by) {
		return change(tenant, requestId, version, by, (draft) -> {
			if (visibility == Visibility.PUBLIC) {
				draft.tell("NOTE", text);
			}
			else {
				draft.record("NOTE", text);
			}
		});
	}

	/** Sets how urgent the item is. */
	public WorkItem prioritise(String tenant, String requestId, long version, Priority priority, String by) {
		return change(tenant, requestId, version, by, (draft) -> {
			draft.priority = priority;
			draft.record("PRIORITY", priority.name());
		});
	}

	/**
	 * Sends an open item to another department (and crew): it is routed again,
	 * unassigned, and residents are told who has it now. Its due time stays: the
	 * municipality's promise does not restart because it moved inside.
	 */
	public WorkItem reassign(String tenant, String requestId, long version, String department, String crew, String note,
			String by) {
		return change(tenant, requestId, version, by, (draft) -> {
			if (!Workflow.isOpen(draft.status)) {
				throw new TransitionRefusedException("Reassigning", draft.status, Workflow.allowedFrom(draft.status));
			}
			draft.departmentName = this.departments.requireDepartment(tenant, department);
			if (crew != null) {
				this.departments.requireCrew(tenant, department, crew);
			}
			draft.departmentCode = department;
			draft.crew = crew;
			draft.assignee = null;
			draft.status = RequestStatus.ROUTED;
			draft.tell("REASSIGNED", (note != null) ? note : "Passed to " + draft.departmentName + ".");
		});
	}

	private WorkItem change(String tenant, String requestId, long version, String by, Consumer<Draft> edit) {
		WorkItem current = get(tenant, requestId);
		if (current.version() != version) {
			throw new StaleVersionException(requestId, version, current.version());
		}
		Draft draft = new Draft(current, now(), by);
		edit.accept(draft);
		List<OutboxEvent> events = draft.tellsResidents ? List.of(statusChanged(draft)) : List.of();
		return this.items.apply(draft, events);
	}

	private OutboxEvent statusChanged(Draft draft) {
		WorkItem item = draft.base;
		EventEnvelope<ServiceRequestStatusChanged> event = EventEnvelope.create(ServiceRequestStatusChanged.TYPE,
				ServiceRequestStatusChanged.VERSION, item.tenant(), item.requestId(), draft.at,
				this.trace.traceParent(),
				new ServiceRequestStatusChanged(draft.nextSequence(), draft.status, draft.departmentCode,
						draft.departmentName, draft.crew, item.areaCode(), item.areaName(), draft.publicNote, draft.by,
						draft.expectedAt));
		return OutboxEvent.of(Topics.REQUESTS_STATUS_CHANGED, event, this.json.writeValueAsString(event), draft.at);
	}

	/**
	 * MongoDB keeps milliseconds: cut to them so the stored time and the event's agree
	 * exactly.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
