package org.muni311.autoconfigure.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * The rate limits of one service: a token bucket per (limit, client), kept in memory for
 * at most {@link RateLimitProperties#maxClients()} clients (one instance's share: with
 * two instances behind a balancer a client gets up to twice the limit). Time comes from
 * the service's {@link Clock}.
 */
public class RateLimits {

	private final RateLimitProperties properties;

	private final Cache<String, Bucket> buckets;

	private final TimeMeter time;

	public RateLimits(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		Duration longest = properties.limits()
			.values()
			.stream()
			.map(RateLimitProperties.Limit::period)
			.max(Duration::compareTo)
			.orElse(Duration.ofHours(1));
		// a bucket unused for its whole period is full again: forgetting it changes
		// nothing
		this.buckets = Caffeine.newBuilder().maximumSize(properties.maxClients()).expireAfterAccess(longest).build();
		this.time = new ClockTime(clock);
	}

	/**
	 * Takes one call of {@code client} from {@code limit}.
	 * @throws RateLimitedException if the client has none left
	 */
	public void take(String limit, String client) {
		ConsumptionProbe probe = probe(limit, client);
		if (probe != null && !probe.isConsumed()) {
			throw new RateLimitedException(limit, seconds(probe.getNanosToWaitForRefill()));
		}
	}

	/**
	 * Throws if {@code client} has no call left in {@code limit}, without taking one
	 * (with {@link #take} after a failure: a back-off on failures only).
	 * @throws RateLimitedException if the client has none left
	 */
	public void checkLeft(String limit, String client) {
		Bucket bucket = bucket(limit, client);
		if (bucket != null) {
			EstimationProbe probe = bucket.estimateAbilityToConsume(1);
			if (!probe.canBeConsumed()) {
				throw new RateLimitedException(limit, seconds(probe.getNanosToWaitForRefill()));
			}
		}
	}

	/** Takes one call of {@code client} from {@code limit}, if it has one left. */
	public void takeIfLeft(String limit, String client) {
		Bucket bucket = bucket(limit, client);
		if (bucket != null) {
			bucket.tryConsume(1);
		}
	}

	private ConsumptionProbe probe(String limit, String client) {
		Bucket bucket = bucket(limit, client);
		return (bucket != null) ? bucket.tryConsumeAndReturnRemaining(1) : null;
	}

	/** The bucket of {@code client} in {@code limit}; {@code null} if none limits it. */
	private Bucket bucket(String limit, String client) {
		RateLimitProperties.Limit configured = this.properties.limits().get(limit);
		if (!this.properties.enabled() || configured == null || client == null) {
			return null;
		}
		return this.buckets.get(limit + '\n' + client,
				(key) -> Bucket.builder()
					.addLimit((bandwidth) -> bandwidth.capacity(configured.capacity())
						.refillGreedy(configured.capacity(), configured.period()))
					.withCustomTimePrecision(this.time)
					.build());
	}

	private static long seconds(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	/** The service's clock as Bucket4j reads time. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
