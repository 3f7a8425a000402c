package org.muni311.deploy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Sends requests open loop at a fixed rate, or closed loop as fast as answers come. In
 * open loop every request has an intended send time on a fixed schedule and its latency
 * counts from then: a slow answer that delays the next send shows up in that next
 * request's latency instead of silently lowering the rate (coordinated omission).
 */
final class LoadGenerator {

	/** One request; returns normally when it was accepted. */
	@FunctionalInterface
	interface Request {

		void send() throws Exception;

	}

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong accepted = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private final AtomicReference<String> firstError = new AtomicReference<>();

	private LoadGenerator() {
	}

	/**
	 * {@code rate} requests a second for {@code duration} over at most
	 * {@code connections} connections.
	 */
	static LoadResult openLoop(String name, Request request, int rate, Duration duration, int connections) {
		LoadGenerator load = new LoadGenerator();
		long scheduled = rate * duration.toSeconds();
		long interval = 1_000_000_000L / rate;
		AtomicLong next = new AtomicLong();
		long start = System.nanoTime() + 20_000_000L;
		long end = start + duration.toNanos();
		List<Histogram> histograms = load.run(connections, (histogram) -> {
			for (long i = next.getAndIncrement(); i < scheduled; i = next.getAndIncrement()) {
				long intended = start + i * interval;
				parkUntil(intended);
				if (System.nanoTime() >= end) {
					return; // behind schedule at the end: the rest count as missed
				}
				load.send(request);
				histogram.recordValue(Latency.micros(System.nanoTime() - intended));
			}
		});
		return load.result(name, "open", rate, connections, (System.nanoTime() - start) / 1e9, scheduled, histograms);
	}

	/**
	 * {@code connections} connections, each sending its next request when its last one
	 * was answered.
	 */
	static LoadResult closedLoop(String name, Request request, int connections, Duration duration) {
		LoadGenerator load = new LoadGenerator();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Histogram> histograms = load.run(connections, (histogram) -> {
			for (long sentAt = System.nanoTime(); sentAt < end; sentAt = System.nanoTime()) {
				load.send(request);
				histogram.recordValue(Latency.micros(System.nanoTime() - sentAt));
			}
		});
		long sent = load.sent.get();
		return load.result(name, "closed", 0, connections, (System.nanoTime() - start) / 1e9, sent, histograms);
	}

	private void send(Request request) {
		this.sent.incrementAndGet();
		try {
			request.send();
			this.accepted.incrementAndGet();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.errors.incrementAndGet();
		}
		catch (Exception ex) {
			this.errors.incrementAndGet();
			this.firstError.compareAndSet(null, ex.toString());
		}
	}

	private List<Histogram> run(int connections, Worker worker) {
		List<Histogram> histograms = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Histogram histogram = Latency.histogram();
			histograms.add(histogram);
			Thread thread = new Thread(() -> worker.work(histogram), "load-" + i);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the load ran", ex);
			}
		}
		return histograms;
	}

	private LoadResult result(String name, String mode, int rate, int connections, double seconds, long scheduled,
			List<Histogram> histograms) {
		Histogram all = Latency.histogram();
		histograms.forEach(all::add);
		return new LoadResult(name, mode, rate, connections, seconds, scheduled, this.sent.get(), this.accepted.get(),
				this.errors.get(), this.firstError.get(), Latency.of(all));
	}

	private static void parkUntil(long nanoTime) {
		for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
			LockSupport.parkNanos(wait);
		}
	}

	@FunctionalInterface
	private interface Worker {

		void work(Histogram histogram);

	}

}
