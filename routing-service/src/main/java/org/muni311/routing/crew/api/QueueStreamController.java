package org.muni311.routing.crew.api;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muni311.autoconfigure.ratelimit.ConcurrencyLimits;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.routing.workqueue.QueueListeners;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkQueue;
import org.muni311.routing.workqueue.Worker;

import org.springframework.beans.factory.DisposableBean;
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
 * {@code work-item} event carrying the item as it is now. Events are sent off the thread
 * that made the change, so a slow browser never holds up routing or a crew's request. A
 * page loads the queue first, then applies these; after a reconnect it loads the queue
 * again (changes made through other instances arrive that way too). A crew member streams
 * only its departments' queues; an item moved to a department it is not bound to comes as
 * {@code work-item-left} with the request id alone.
 */
@RestController
@Tag(name = "Work items")
@SecurityRequirement(name = "basicAuth")
class QueueStreamController implements DisposableBean {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	/**
	 * The limit of {@code muni311.rate-limits.concurrent} on the streams one user holds
	 * open at once (this API's and the board's each).
	 */
	static final String STREAMS_PER_USER = "streams-per-user";

	private final ConcurrencyLimits streams;

	private final QueueListeners listeners;

	private final WorkQueue queue;

	private final CrewAuthorization crews;

	private final ExecutorService sender = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "queue-stream");
		thread.setDaemon(true);
		return thread;
	});

	QueueStreamController(QueueListeners listeners, WorkQueue queue, StaffAccess access, ConcurrencyLimits streams) {
		this.streams = streams;
		this.listeners = listeners;
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
		ConcurrencyLimits.Permit permit = this.streams.acquire(STREAMS_PER_USER,
				(staff != null) ? staff.getName() : null);
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Runnable listening = this.listeners.listen((before, after) -> {
			boolean was = (before != null) && belongs(before, tenant, department, crew);
			if (was || belongs(after, tenant, department, crew)) {
				// an item sent to a department the worker is not bound to: only that it
				// left
				boolean shown = worker.mayWorkOn(after.departmentCode());
				this.sender.execute(() -> send(emitter, after, shown));
			}
		});
		Runnable stop = () -> {
			listening.run();
			permit.close();
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError((ex) -> stop.run());
		try {
			emitter.send(SseEmitter.event().comment("listening"));
		}
		catch (IOException | IllegalStateException ex) {
			stop.run();
			throw ex;
		}
		return emitter;
	}

	private static boolean belongs(WorkItem item, String tenant, String department, String crew) {
		return item.tenant().equals(tenant) && (department == null || department.equals(item.departmentCode()))
				&& (crew == null || crew.equals(item.crew()));
	}

	private static void send(SseEmitter emitter, WorkItem item, boolean shown) {
		try {
			SseEmitter.SseEventBuilder event = SseEmitter.event().id(item.id() + ":" + item.version());
			emitter.send(shown ? event.name("work-item").data(WorkItemView.of(item), MediaType.APPLICATION_JSON)
					: event.name("work-item-left").data(item.requestId()));
		}
		catch (IOException | IllegalStateException ex) {
			emitter.completeWithError(ex);
		}
	}

	@Override
	public void destroy() {
		this.sender.shutdownNow();
	}

}
