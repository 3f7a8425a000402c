package org.muni311.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits ({@code muni311.rate-limits.*}). A limit named here lets each client take
 * {@code capacity} calls at once and {@code capacity} more each {@code period}; a limit
 * not named here does not limit. Each service names its limits in its application.yml; a
 * load test raises them (for example {@code MUNI311_RATE_LIMITS_ENABLED=false}).
 *
 * @param enabled whether limits apply at all
 * @param limits the limits, by name
 * @param concurrent the most of something (a stream) one client may hold at once, by name
 * @param maxClients how many clients are remembered per service (the least recently seen
 * are forgotten first, their buckets full again)
 */
@Validated
@ConfigurationProperties("muni311.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Map<String, Limit> limits,
		Map<String, Integer> concurrent, @DefaultValue("100000") int maxClients) {

	public RateLimitProperties {
		limits = (limits != null) ? Map.copyOf(limits) : Map.of();
		concurrent = (concurrent != null) ? Map.copyOf(concurrent) : Map.of();
	}

	/**
	 * One limit.
	 *
	 * @param capacity calls taken at once, and per period
	 * @param period the time in which {@code capacity} calls come back
	 */
	public record Limit(long capacity, Duration period) {

		public Limit {
			if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a period");
			}
		}

	}

}
