package org.muni311.routing.crew.board;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.muni311.autoconfigure.ratelimit.ConcurrencyLimits;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.routing.crew.api.CrewAuthorization;
import org.muni311.routing.workqueue.QueueListeners;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkQueue;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells an open queue page that its queue changed, as a {@code changed} Server-Sent
 * Event, from the same {@link QueueListeners} as the crew API's stream: the page then
 * reloads its list (htmx), so what it shows is always what the store holds, sorted and
 * filtered as the page asked. Signed in by the page's session. Events are sent off the
 * thread that made the change, so a slow browser never holds up routing or a crew's
 * request.
 */
@Controller
class BoardStream implements DisposableBean {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	/** The limit on the streams one user holds open at once (the crew API's too). */
	static final String STREAMS_PER_USER = "streams-per-user";

	private final ConcurrencyLimits streams;

	private final QueueListeners listeners;

	private final ExecutorService sender = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "board-stream");
		thread.setDaemon(true);
		return thread;
	});

	private final WorkQueue queue;

	private final CrewAuthorization crews;

	BoardStream(QueueListeners listeners, WorkQueue queue, StaffAccess access, ConcurrencyLimits streams) {
		this.streams = streams;
		this.listeners = listeners;
		this.queue = queue;
		this.crews = new CrewAuthorization(access);
	}

	@GetMapping(path = "/board/{jurisdiction_id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(@PathVariable("jurisdiction_id") String tenant, @RequestParam(required = false) String department,
			@RequestParam(required = false) String crew, Authentication staff) throws IOException {
		this.queue.requireQueue(tenant, blankless(department), blankless(crew), this.crews.worker(staff, tenant));
		ConcurrencyLimits.Permit permit = this.streams.acquire(STREAMS_PER_USER,
				(staff != null) ? staff.getName() : null);
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Runnable listening = this.listeners.listen((before, after) -> {
			if ((before != null && shows(before, tenant, department, crew)) || shows(after, tenant, department, crew)) {
				this.sender.execute(() -> send(emitter, after));
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

	/**
	 * Whether the queue of {@code department} and {@code crew} (either blank for any)
	 * shows {@code item}.
	 */
	static boolean shows(WorkItem item, String tenant, String department, String crew) {
		return item.tenant().equals(tenant)
				&& (department == null || department.isBlank() || department.equals(item.departmentCode()))
				&& (crew == null || crew.isBlank() || crew.equals(item.crew()));
	}

	private static String blankless(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static void send(SseEmitter emitter, WorkItem item) {
		try {
			emitter.send(SseEmitter.event()
				.name("changed")
				.id(item.requestId() + ":" + item.version())
				.data(item.requestId()));
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
