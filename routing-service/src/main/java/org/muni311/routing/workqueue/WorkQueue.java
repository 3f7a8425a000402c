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

	/**
	 * One item of the municipality {@code tenant}, if {@code worker} may work on its
	 * department.
	 * @throws WorkItemNotFoundException when the municipality has no such item
	 * @throws OtherDepartmentException when the item is another department's
	 */
	public WorkItem get(String tenant, String requestId, Worker worker) {
		WorkItem item = this.items.find(tenant, requestId)
			.orElseThrow(() -> new WorkItemNotFoundException(tenant, requestId));
		if (!worker.mayWorkOn(item.departmentCode())) {
			throw new OtherDepartmentException(worker.name() + " works for " + describe(worker)
					+ ", not for the department of request " + requestId);
		}
		return item;
	}

	/**
	 * One page of a department's or crew's queue, if {@code worker} may work on that
	 * department (a crew's: the crew's department).
	 * @throws OtherDepartmentException when the queue is another department's, or names
	 * neither a department nor a crew and the worker is bound to departments
	 */
	public QueuePage queue(QueueQuery query, Worker worker) {
		requireQueue(query.tenant(), query.department(), query.crew(), worker);
		return this.items.queue(query);
	}

	/**
	 * Refuses {@code worker} a queue (or its live changes) of {@code department} and
	 * {@code crew} (either {@code null}) unless it may work on that department.
	 */
	public void requireQueue(String tenant, String department, String crew, Worker worker) {
		if (worker.unbound()) {
			return;
		}
		String of = (department != null) ? department
				: (crew != null) ? this.departments.departmentOf(tenant, crew) : null;
		if (department == null && crew == null) {
			throw new OtherDepartmentException(
					worker.name() + " works for " + describe(worker) + ": name one of them (parameter department)");
		}
		if (!worker.mayWorkOn(of) || (department != null && crew != null
				&& !department.equals(this.departments.departmentOf(tenant, crew)))) {
			throw new OtherDepartmentException(worker.name() + " works for " + describe(worker) + ", not for "
					+ ((department != null) ? "department " + department : "crew " + crew));
		}
	}

	/** {@code by} takes the item; a routed or reopened item is acknowledged by it. */
	public WorkItem claim(String tenant, String requestId, long version, Worker worker) {
		String by = worker.name();
		return change(tenant, requestId, version, worker, (draft) -> {
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
	public WorkItem assign(String tenant, String requestId, long version, String assignee, String crew, Worker worker) {
		return change(tenant, requestId, version, worker, (draft) -> {
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
	public WorkItem move(String tenant, String requestId, long version, RequestStatus status, String note,
			Worker worker) {
		return change(tenant, requestId, version, worker, (draft) -> {
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
	public WorkItem note(String tenant, String requestId, long version, String text, Visibility visibility,
			Worker worker) {
		return change(tenant, requestId, version, worker, (draft) -> {
			if (visibility == Visibility.PUBLIC) {
				draft.tell("NOTE", text);
			}
			else {
				draft.record("NOTE", text);
			}
		});
	}

	/** Sets how urgent the item is. */
	public WorkItem prioritise(String tenant, String requestId, long version, Priority priority, Worker worker) {
		return change(tenant, requestId, version, worker, (draft) -> {
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
			Worker worker) {
		return change(tenant, requestId, version, worker, (draft) -> {
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

	/**
	 * The department is checked on the version the write is conditional on, so an item
	 * moved to another department meanwhile is not changed by its old crew.
	 */
	private WorkItem change(String tenant, String requestId, long version, Worker worker, Consumer<Draft> edit) {
		WorkItem current = get(tenant, requestId, worker);
		if (current.version() != version) {
			throw new StaleVersionException(requestId, version, current.version());
		}
		Draft draft = new Draft(current, now(), worker.name());
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

	private static String describe(Worker worker) {
		return worker.sortedDepartments().isEmpty() ? "no department"
				: "department " + String.join(", ", worker.sortedDepartments());
	}

	/**
	 * MongoDB keeps milliseconds: cut to them so the stored time and the event's agree
	 * exactly.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
