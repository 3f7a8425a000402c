package org.muni311.autoconfigure.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.muni311.contracts.EventEnvelope;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Turns a handler of many events into the consumer of a binding in batch mode
 * ({@code spring.cloud.stream.bindings.<binding>.consumer.batch-mode: true}): a poll's
 * records arrive as their raw bytes, each is read once with the service's
 * {@link JsonMapper}, and the handler gets them together, in the poll's order, to read
 * and write the store for all of them in a few round trips.
 * <p>
 * Dead-lettering stays per record. A record that cannot be read is reported to the
 * container's error handler by its index, after the records before it are handled: the
 * handler retries it between polls and dead-letters it alone. When the handler fails for
 * several records, they are handled again one by one, to find the one that fails (every
 * handler is idempotent by event id: those handled already change nothing); when it fails
 * because the store is unreachable, the whole poll waits for the store instead.
 */
public final class EventBatches {

	private final JsonMapper json;

	EventBatches(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The binding's consumer: reads each record as an {@link EventEnvelope} of
	 * {@code payloadType} and hands the poll's events to {@code handler}.
	 */
	public <T> Consumer<List<byte[]>> consumer(Class<T> payloadType, Consumer<List<EventEnvelope<T>>> handler) {
		JavaType type = this.json.getTypeFactory().constructParametricType(EventEnvelope.class, payloadType);
		return (records) -> handle(records, type, handler);
	}

	private <T> void handle(List<byte[]> records, JavaType type, Consumer<List<EventEnvelope<T>>> handler) {
		List<EventEnvelope<T>> events = new ArrayList<>(records.size());
		for (int index = 0; index < records.size(); index++) {
			EventEnvelope<T> event;
			try {
				event = this.json.readValue(records.get(index), type);
			}
			catch (RuntimeException ex) {
				handleTogether(events, handler);
				throw new BatchListenerFailedException("Record " + index + " of the poll is not an event", ex, index);
			}
			events.add(event);
		}
		handleTogether(events, handler);
	}

	private static <T> void handleTogether(List<EventEnvelope<T>> events, Consumer<List<EventEnvelope<T>>> handler) {
		if (events.isEmpty()) {
			return;
		}
		try {
			handler.accept(events);
			return;
		}
		catch (RuntimeException ex) {
			if (events.size() == 1 || RetryBetweenPolls.storeUnreachable(ex)) {
				throw new BatchListenerFailedException(failed(events.get(0)), ex, 0);
			}
		}
		for (int index = 0; index < events.size(); index++) {
			try {
				handler.accept(List.of(events.get(index)));
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException(failed(events.get(index)), ex, index);
			}
		}
	}

	private static String failed(EventEnvelope<?> event) {
		return "Handling event " + event.eventId() + " (" + event.type() + " of request " + event.requestId()
				+ ") failed";
	}

}
