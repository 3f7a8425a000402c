package org.muni311.autoconfigure.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that takes the ids of documents to act on, in batches of up to
 * {@code batchSize}, in the order they came. An id already waiting is not queued twice. A
 * batch whose handler throws is queued again after {@code retryDelay} (an {@link Error}
 * too: the thread outlives any batch); a handler may also queue ids again later itself
 * ({@link #wakeLater}). Ids queued together ({@link #wake(Collection)}) are taken in the
 * same batch when it has room: a batch is never taken in the middle of queuing them.
 */
public final class BatchingWorker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BatchingWorker.class);

	private final String name;

	private final int batchSize;

	private final Duration retryDelay;

	private final Consumer<List<Object>> handler;

	private final ScheduledExecutorService scheduler;

	private final BlockingQueue<Object> ready = new LinkedBlockingQueue<>();

	private final Set<Object> queued = ConcurrentHashMap.newKeySet();

	/** Held while ids are queued together, and while a batch is drained. */
	private final Object queuing = new Object();

	private final Thread thread;

	private volatile boolean running = true;

	public BatchingWorker(String name, int batchSize, Duration retryDelay, Consumer<List<Object>> handler,
			ScheduledExecutorService scheduler) {
		this.name = name;
		this.batchSize = batchSize;
		this.retryDelay = retryDelay;
		this.handler = handler;
		this.scheduler = scheduler;
		this.thread = new Thread(this::run, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * A one-thread scheduler for a worker's retries and recovery passes, which never
	 * keeps the JVM alive.
	 */
	public static ScheduledExecutorService scheduler(String name) {
		return Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Queues {@code id} unless it is already waiting. */
	public void wake(Object id) {
		wake(List.of(id));
	}

	/**
	 * Queues those of {@code ids} not already waiting, together: the batch that takes the
	 * first takes the others too, up to its size.
	 */
	public void wake(Collection<?> ids) {
		synchronized (this.queuing) {
			for (Object id : ids) {
				if (this.queued.add(id)) {
					this.ready.add(id);
				}
			}
		}
	}

	/** Queues {@code ids}, together, after {@code delay}. */
	public void wakeLater(Collection<?> ids, Duration delay) {
		if (!ids.isEmpty() && this.running) {
			List<Object> copy = List.copyOf(ids);
			this.scheduler.schedule(() -> wake(copy), delay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** How many ids wait. */
	public int size() {
		return this.ready.size();
	}

	private void run() {
		while (this.running) {
			List<Object> batch = new ArrayList<>();
			try {
				batch.add(this.ready.take());
			}
			catch (InterruptedException ex) {
				return;
			}
			synchronized (this.queuing) {
				// after the ids queued with the first
				this.ready.drainTo(batch, this.batchSize - 1);
			}
			batch.forEach(this.queued::remove);
			try {
				this.handler.accept(batch);
			}
			catch (RuntimeException ex) {
				log.warn("{}: a batch of {} failed and is queued again in {}: {}", this.name, batch.size(),
						this.retryDelay, ex.toString());
				wakeLater(batch, this.retryDelay);
			}
			catch (Error ex) {
				// a linkage error or a stack overflow in one batch must not end the only
				// thread that sends: the
				// work would stop for good with nothing but this line (out of memory ends
				// the JVM, see the runner)
				log.error("{}: a batch of {} failed and is queued again in {}", this.name, batch.size(),
						this.retryDelay, ex);
				wakeLater(batch, this.retryDelay);
			}
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.thread.interrupt();
	}

}
