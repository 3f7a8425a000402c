package org.muni311.autoconfigure.worker;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BatchingWorkerTest {

	private final ScheduledExecutorService scheduler = BatchingWorker.scheduler("test-retries");

	private final List<Object> handled = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	@Test
	void aBatchThatThrowsIsTriedAgain() {
		AtomicInteger calls = new AtomicInteger();
		try (BatchingWorker worker = new BatchingWorker("test", 10, Duration.ofMillis(20), (ids) -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("store unreachable");
			}
			this.handled.addAll(ids);
		}, this.scheduler)) {
			worker.wake("a");
			await().atMost(Duration.ofSeconds(5)).until(() -> this.handled.contains("a"));
		}
	}

	@Test
	void anErrorInOneBatchDoesNotEndTheThread() {
		AtomicInteger calls = new AtomicInteger();
		try (BatchingWorker worker = new BatchingWorker("test", 10, Duration.ofMillis(20), (ids) -> {
			if (calls.incrementAndGet() == 1) {
				throw new NoClassDefFoundError("a class the first batch needed");
			}
			this.handled.addAll(ids);
		}, this.scheduler)) {
			worker.wake("a");
			await().atMost(Duration.ofSeconds(5)).until(() -> this.handled.contains("a"));
			worker.wake("b");
			await().atMost(Duration.ofSeconds(5)).until(() -> this.handled.contains("b"));
		}
		assertThat(calls).hasValueGreaterThanOrEqualTo(3);
	}

}
