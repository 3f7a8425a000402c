package org.muni311.routing.crew;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.muni311.autoconfigure.ratelimit.ConcurrencyLimits;
import org.muni311.routing.workqueue.QueueListeners;
import org.muni311.routing.workqueue.WorkItem;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams of queues, the crew API's and the board's: each a Server-Sent Events
 * stream of what {@link QueueListeners} hears, open for at most {@link #TIMEOUT}. Events
 * are sent off the thread that made the change, so a slow browser never holds up routing
 * or a crew's request. One user holds at most
 * {@code muni311.rate-limits.concurrent.streams-per-user} streams of either kind open at
 * once; every open stream gets a comment line each {@link StreamProperties#heartbeat()},
 * so that one whose browser left fails its write, ends and gives its share back (a quiet
 * queue would otherwise hold it for the whole timeout).
 */
@Component
public class QueueStreams implements DisposableBean {

	/** The limit of {@code muni311.rate-limits.concurrent} on one user's open streams. */
	static final String STREAMS_PER_USER = "streams-per-user";

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final QueueListeners listeners;

	private final ConcurrencyLimits streams;

	private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "queue-stream");
		thread.setDaemon(true);
		return thread;
	});

	QueueStreams(QueueListeners listeners, ConcurrencyLimits streams, StreamProperties properties) {
		this.listeners = listeners;
		this.streams = streams;
		long heartbeat = properties.heartbeat().toMillis();
		this.sender.scheduleWithFixedDelay(
				() -> this.open.forEach((emitter) -> send(emitter, SseEmitter.event().comment("still listening"))),
				heartbeat, heartbeat, TimeUnit.MILLISECONDS);
	}

	/**
	 * Opens a stream for {@code user} that sends, for each change of an item, the event
	 * {@code event} makes of it (the item before, or {@code null} for a new one, and
	 * after), or nothing when that gives {@code null}.
	 * @throws IOException if the first line cannot be sent
	 */
	public SseEmitter open(String user, BiFunction<WorkItem, WorkItem, SseEmitter.SseEventBuilder> event)
			throws IOException {
		ConcurrencyLimits.Permit permit = this.streams.acquire(STREAMS_PER_USER, user);
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Runnable listening = this.listeners.listen((before, after) -> {
			SseEmitter.SseEventBuilder next = event.apply(before, after);
			if (next != null) {
				this.sender.execute(() -> send(emitter, next));
			}
		});
		Runnable stop = () -> {
			this.open.remove(emitter);
			listening.run();
			permit.close();
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError((ex) -> stop.run());
		this.open.add(emitter);
		try {
			emitter.send(SseEmitter.event().comment("listening"));
		}
		catch (IOException | IllegalStateException ex) {
			stop.run();
			throw ex;
		}
		return emitter;
	}

	private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
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
