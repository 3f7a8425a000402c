package org.muni311.autoconfigure.warmup;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.muni311.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Runs at start, after the context is up and before the service says it is ready (its
 * readiness goes up once every runner is done): connects the producer the outbox
 * publishes with (its first send would otherwise wait for the connection and the topics'
 * metadata), then runs the service's {@link WarmUp}s in turn for
 * {@link WarmUpProperties#duration()}. Nothing here writes anything; a failure is logged
 * and never stops the start.
 */
class WarmUps implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUps.class);

	/** The longest the producer's connection is waited for. */
	private static final Duration PRODUCER_WAIT = Duration.ofSeconds(6);

	private final List<WarmUp> warmUps;

	private final KafkaTemplate<?, ?> kafka;

	private final WarmUpProperties settings;

	WarmUps(List<WarmUp> warmUps, KafkaTemplate<?, ?> kafka, WarmUpProperties settings) {
		this.warmUps = warmUps;
		this.kafka = kafka;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		connectProducer();
		int runs = runWarmUps();
		log.info("Warmed up in {} ms: producer connected, {} warm-up run(s) of {}",
				Duration.ofNanos(System.nanoTime() - start).toMillis(), runs, this.warmUps.size());
	}

	private void connectProducer() {
		if (this.kafka == null) {
			return;
		}
		CompletableFuture<Void> metadata = CompletableFuture
			.runAsync(() -> Topics.ALL.forEach(this.kafka::partitionsFor));
		try {
			metadata.get(PRODUCER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			log.info("The producer is not connected yet ({}); the first events will wait for it", ex.toString());
		}
	}

	/** Runs the warm-ups in turn until the duration is over; returns how many ran. */
	int runWarmUps() {
		if (this.warmUps.isEmpty() || this.settings.duration().isZero() || this.settings.duration().isNegative()) {
			return 0;
		}
		long end = System.nanoTime() + this.settings.duration().toNanos();
		boolean[] failed = new boolean[this.warmUps.size()];
		int runs = 0;
		do {
			for (int i = 0; i < this.warmUps.size(); i++) {
				if (failed[i]) {
					continue;
				}
				try {
					this.warmUps.get(i).run();
					runs++;
				}
				catch (Exception ex) {
					failed[i] = true;
					log.warn("A warm-up failed and is left out: {}", ex.toString());
				}
			}
		}
		while (System.nanoTime() < end && !allFailed(failed));
		return runs;
	}

	private static boolean allFailed(boolean[] failed) {
		for (boolean one : failed) {
			if (!one) {
				return false;
			}
		}
		return true;
	}

}
