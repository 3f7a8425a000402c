package org.muni311.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A limit takes its capacity at once and refills over its period, by the service's clock;
 * each client has its own bucket; a limit not configured, or limits turned off, limit
 * nothing; a stream limit counts what is open now.
 */
class RateLimitsTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));

	private final RateLimitProperties properties = new RateLimitProperties(true,
			Map.of("post", new RateLimitProperties.Limit(3, Duration.ofMinutes(1))), Map.of("streams", 2), 1000);

	@Test
	void takesTheCapacityThenRefusesWithTheWaitUntilTheNextCall() {
		RateLimits limits = new RateLimits(this.properties, this.clock);
		for (int i = 0; i < 3; i++) {
			limits.take("post", "a");
		}

		assertThatExceptionOfType(RateLimitedException.class).isThrownBy(() -> limits.take("post", "a"))
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(20));
		assertThatCode(() -> limits.take("post", "b")).as("another client").doesNotThrowAnyException();
		this.clock.advance(Duration.ofSeconds(20));
		assertThatCode(() -> limits.take("post", "a")).as("refilled").doesNotThrowAnyException();
		assertThatCode(() -> limits.take("unnamed", "a")).doesNotThrowAnyException();
	}

	@Test
	void checkingWhatIsLeftTakesNothing() {
		RateLimits limits = new RateLimits(this.properties, this.clock);
		for (int i = 0; i < 5; i++) {
			limits.checkLeft("post", "a");
		}
		for (int i = 0; i < 3; i++) {
			limits.takeIfLeft("post", "a");
		}

		assertThatExceptionOfType(RateLimitedException.class).isThrownBy(() -> limits.checkLeft("post", "a"));
	}

	@Test
	void limitsOffLimitNothing() {
		RateLimits limits = new RateLimits(new RateLimitProperties(false, this.properties.limits(), Map.of(), 10),
				this.clock);

		assertThatCode(() -> {
			for (int i = 0; i < 10; i++) {
				limits.take("post", "a");
			}
		}).doesNotThrowAnyException();
	}

	@Test
	void aClientHoldsAtMostItsStreamsAtOnce() {
		ConcurrencyLimits streams = new ConcurrencyLimits(this.properties);
		ConcurrencyLimits.Permit first = streams.acquire("streams", "crew-1");
		streams.acquire("streams", "crew-1");

		assertThatExceptionOfType(RateLimitedException.class).isThrownBy(() -> streams.acquire("streams", "crew-1"));
		assertThatCode(() -> streams.acquire("streams", "crew-2")).doesNotThrowAnyException();
		first.close();
		first.close();
		assertThat(streams.held("streams", "crew-1")).as("closed twice, released once").isEqualTo(1);
		assertThatCode(() -> streams.acquire("streams", "crew-1")).doesNotThrowAnyException();
	}

}
