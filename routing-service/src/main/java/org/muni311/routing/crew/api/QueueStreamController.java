package org.muni311.routing.crew.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.routing.crew.QueueStreams;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkQueue;
import org.muni311.routing.workqueue.Worker;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A queue, live: every change this instance makes to an item of the department or crew
 * (routed, claimed, moved, reassigned to it or away from it, escalated) is sent as a
 * {@code work-item} event carrying the item as it is now (through {@link QueueStreams}).
 * A page loads the queue first, then applies these; after a reconnect it loads the queue
 * again (changes made through other instances arrive that way too). A crew member streams
 * only its departments' queues; an item moved to a department it is not bound to comes as
 * {@code work-item-left} with the request id alone.
 */
@RestController
@Tag(name = "Work items")
@SecurityRequirement(name = "basicAuth")
class QueueStreamController {

	private final QueueStreams streams;

	private final WorkQueue queue;

	private final CrewAuthorization crews;

	QueueStreamController(QueueStreams streams, WorkQueue queue, StaffAccess access) {
		this.streams = streams;
		this.queue = queue;
		this.crews = new CrewAuthorization(access);
	}

	@GetMapping(path = "/crew/v1/municipalities/{jurisdiction_id}/work-items/stream",
			produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The queue's changes as Server-Sent Events (event work-item, data the item)")
	SseEmitter stream(@PathVariable("jurisdiction_id") String tenant, @RequestParam(required = false) String department,
			@RequestParam(required = false) String crew, Authentication staff) throws IOException {
		Worker worker = this.crews.worker(staff, tenant);
		if (department == null && crew == null) {
			throw new BadQueueException("Name a department or a crew (parameters department, crew)");
		}
		this.queue.requireQueue(tenant, department, crew, worker);
		return this.streams.open((staff != null) ? staff.getName() : null, (before, after) -> {
			boolean was = (before != null) && belongs(before, tenant, department, crew);
			if (!was && !belongs(after, tenant, department, crew)) {
				return null;
			}
			// an item sent to a department the worker is not bound to: only that it left
			SseEmitter.SseEventBuilder event = SseEmitter.event().id(after.id() + ":" + after.version());
			return worker.mayWorkOn(after.departmentCode())
					? event.name("work-item").data(WorkItemView.of(after), MediaType.APPLICATION_JSON)
					: event.name("work-item-left").data(after.requestId());
		});
	}

	private static boolean belongs(WorkItem item, String tenant, String department, String crew) {
		return item.tenant().equals(tenant) && (department == null || department.equals(item.departmentCode()))
				&& (crew == null || crew.equals(item.crew()));
	}

}
