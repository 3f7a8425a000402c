package org.muni311.routing.workqueue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.muni311.contracts.RequestStatus;
import org.muni311.routing.workqueue.WorkItem.Entry;
import org.muni311.routing.workqueue.WorkItem.Priority;
import org.muni311.routing.workqueue.WorkItem.Visibility;

/**
 * A change to one work item being put together: the fields a change may touch, the
 * journal lines it adds, and whether residents hear of it (a status event with the next
 * sequence). {@link WorkItems#apply} writes it.
 */
final class Draft {

	final WorkItem base;

	final Instant at;

	final String by;

	RequestStatus status;

	String departmentCode;

	String departmentName;

	String crew;

	String assignee;

	Priority priority;

	Instant expectedAt;

	Instant slaDueAt;

	Instant escalatedAt;

	/** What residents are told with the status event, when there is one. */
	String publicNote;

	/** Whether the change publishes a {@code ServiceRequestStatusChanged}. */
	boolean tellsResidents;

	final List<Entry> entries = new ArrayList<>();

	Draft(WorkItem base, Instant at, String by) {
		this.base = base;
		this.at = at;
		this.by = by;
		this.status = base.status();
		this.departmentCode = base.departmentCode();
		this.departmentName = base.departmentName();
		this.crew = base.crew();
		this.assignee = base.assignee();
		this.priority = base.priority();
		this.expectedAt = base.expectedAt();
		this.slaDueAt = base.slaDueAt();
		this.escalatedAt = base.escalatedAt();
	}

	/**
	 * Moves to {@code next}, which the caller has checked {@link Workflow} allows,
	 * telling residents.
	 */
	Draft moveTo(RequestStatus next, String note) {
		this.status = next;
		if (!Workflow.isOpen(next)) {
			this.slaDueAt = null;
		}
		if (next == RequestStatus.REOPENED) {
			// a new promise, and a new breach of it may be escalated again
			this.expectedAt = (this.base.responseHours() != null)
					? this.at.plusSeconds(this.base.responseHours() * 3600L) : null;
			this.slaDueAt = this.expectedAt;
			this.escalatedAt = null;
		}
		return tell(next.name(), note);
	}

	/**
	 * Tells residents {@code note} with the item's status as this change leaves it,
	 * journalled as {@code action}.
	 */
	Draft tell(String action, String note) {
		this.tellsResidents = true;
		this.publicNote = note;
		this.entries.add(new Entry(this.at, this.by, action, note, Visibility.PUBLIC));
		return this;
	}

	/** Adds a journal line residents do not hear of. */
	Draft record(String action, String text) {
		this.entries.add(new Entry(this.at, this.by, action, text, Visibility.INTERNAL));
		return this;
	}

	/** The next status sequence, when this change tells residents. */
	long nextSequence() {
		return this.base.statusSequence() + 1;
	}

}
