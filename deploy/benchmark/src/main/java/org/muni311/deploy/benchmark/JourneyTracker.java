package org.muni311.deploy.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Follows each accepted request to its ROUTED event and its mail, and times both from the
 * moment its POST was answered. The events may be seen before the answer is (threads
 * race): whichever comes second records the time.
 */
final class JourneyTracker {

	private final Map<String, Journey> journeys = new ConcurrentHashMap<>();

	private volatile Phase current = new Phase("idle");

	/** Starts counting a new phase; requests accepted from now on belong to it. */
	Phase begin(String name) {
		this.current = new Phase(name);
		return this.current;
	}

	/** The phase requests are counted in now. */
	Phase current() {
		return this.current;
	}

	void accepted(String id, long nanoTime) {
		journey(id).accepted(this.current, nanoTime);
	}

	void routed(String id, long nanoTime) {
		journey(id).routed(nanoTime);
	}

	void mailed(String id, long nanoTime) {
		journey(id).mailed(nanoTime);
	}

	private Journey journey(String id) {
		return this.journeys.computeIfAbsent(id, (key) -> new Journey());
	}

	/** Counts and latencies of the requests accepted during one phase. */
	static final class Phase {

		final String name;

		final AtomicLong accepted = new AtomicLong();

		final AtomicLong routed = new AtomicLong();

		final AtomicLong mailed = new AtomicLong();

		final Histogram routedLatency = new SynchronizedHistogram(3_600_000_000L, 3);

		final Histogram mailedLatency = new SynchronizedHistogram(3_600_000_000L, 3);

		Phase(String name) {
			this.name = name;
		}

		/** Accepted, not yet routed. */
		long routingBacklog() {
			return this.accepted.get() - this.routed.get();
		}

		/** Accepted, not yet mailed. */
		long mailBacklog() {
			return this.accepted.get() - this.mailed.get();
		}

	}

	/** One request: when it was accepted, routed, mailed (0 = not yet). */
	private static final class Journey {

		private Phase phase;

		private long acceptedAt;

		private long routedAt;

		private long mailedAt;

		synchronized void accepted(Phase phase, long nanoTime) {
			this.phase = phase;
			this.acceptedAt = nanoTime;
			phase.accepted.incrementAndGet();
			if (this.routedAt != 0) {
				count(this.phase.routed, this.phase.routedLatency, this.routedAt);
			}
			if (this.mailedAt != 0) {
				count(this.phase.mailed, this.phase.mailedLatency, this.mailedAt);
			}
		}

		synchronized void routed(long nanoTime) {
			if (this.routedAt == 0) {
				// a redelivered ROUTED event is the same event again: the first one
				// counts
				this.routedAt = nanoTime;
				if (this.phase != null) {
					count(this.phase.routed, this.phase.routedLatency, nanoTime);
				}
			}
		}

		synchronized void mailed(long nanoTime) {
			if (this.mailedAt == 0) {
				this.mailedAt = nanoTime;
				if (this.phase != null) {
					count(this.phase.mailed, this.phase.mailedLatency, nanoTime);
				}
			}
		}

		private void count(AtomicLong counter, Histogram histogram, long at) {
			counter.incrementAndGet();
			histogram.recordValue(Latency.micros(at - this.acceptedAt));
		}

	}

}
