package org.muni311.autoconfigure.warmup;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpsTest {

	@Test
	void runsTheWarmUpsInTurnUntilTheDurationIsOverLeavingOutOneThatFails() {
		AtomicInteger good = new AtomicInteger();
		AtomicInteger bad = new AtomicInteger();
		WarmUps warmUps = new WarmUps(List.of(good::incrementAndGet, () -> {
			bad.incrementAndGet();
			throw new IllegalStateException("cannot warm up");
		}), null, new WarmUpProperties(Duration.ofMillis(200)));

		long start = System.nanoTime();
		int runs = warmUps.runWarmUps();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(bad).as("tried once, then left out").hasValue(1);
		assertThat(good.get()).isPositive().isEqualTo(runs);
	}

	@Test
	void aZeroDurationRunsNoneAndEveryOneFailingEndsAtOnce() {
		AtomicInteger ran = new AtomicInteger();
		assertThat(new WarmUps(List.of(ran::incrementAndGet), null, new WarmUpProperties(Duration.ZERO)).runWarmUps())
			.isZero();
		assertThat(ran).hasValue(0);

		WarmUps failing = new WarmUps(List.of(() -> {
			throw new IllegalStateException("cannot warm up");
		}), null, new WarmUpProperties(Duration.ofDays(1)));
		assertThat(failing.runWarmUps()).isZero();
	}

}
