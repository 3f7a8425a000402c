package org.muni311.autoconfigure.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of one document handed to Kafka in their listed order, and what came of
 * them.
 */
final class Sending {

	private static final Logger log = LoggerFactory.getLogger(Sending.class);

	private final Object id;

	private final List<Sent> sent;

	private final boolean stoppedEarly;

	private Sending(Object id, List<Sent> sent, boolean stoppedEarly) {
		this.id = id;
		this.sent = sent;
		this.stoppedEarly = stoppedEarly;
	}

	/**
	 * Sends {@code events} in order; stops at the first that cannot even be handed over.
	 */
	static Sending start(Object id, List<OutboxEvent> events, Function<OutboxEvent, CompletableFuture<?>> sender) {
		List<Sent> sent = new ArrayList<>();
		for (OutboxEvent event : events) {
			try {
				sent.add(new Sent(event.eventId(), event.createdAt(), sender.apply(event)));
			}
			catch (RuntimeException ex) {
				log.warn("Kafka would not take event {}: {}", event.eventId(), ex.toString());
				return new Sending(id, sent, true);
			}
		}
		return new Sending(id, sent, false);
	}

	Object id() {
		return this.id;
	}

	/** Whether some event could not even be handed to the producer. */
	boolean stoppedEarly() {
		return this.stoppedEarly;
	}

	/**
	 * Waits until {@code deadline} ({@link System#nanoTime()}) for the acknowledgements.
	 * Only the acknowledged prefix counts: a document's events stay in order.
	 */
	Outcome await(long deadline) {
		List<String> acknowledged = new ArrayList<>();
		List<Instant> createdAt = new ArrayList<>();
		for (Sent one : this.sent) {
			if (!acknowledged(one, deadline)) {
				return new Outcome(acknowledged, createdAt, true);
			}
			acknowledged.add(one.eventId());
			createdAt.add(one.createdAt());
		}
		return new Outcome(acknowledged, createdAt, this.stoppedEarly);
	}

	private static boolean acknowledged(Sent one, long deadline) {
		try {
			one.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException ex) {
			log.warn("Kafka did not acknowledge event {}: {}", one.eventId(), ex.toString());
			return false;
		}
	}

	/**
	 * @param acknowledged ids of the events Kafka took, in order
	 * @param createdAt when each of those was written
	 * @param refused whether some event was not taken and must be tried again
	 */
	record Outcome(List<String> acknowledged, List<Instant> createdAt, boolean refused) {
	}

	private record Sent(String eventId, Instant createdAt, CompletableFuture<?> result) {
	}

}
