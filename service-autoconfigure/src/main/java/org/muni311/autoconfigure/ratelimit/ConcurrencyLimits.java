package org.muni311.autoconfigure.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many of something long-lived (a live stream) one client holds at once, per
 * {@link RateLimitProperties#concurrent()} limit: a client over it is refused until one
 * of its own ends.
 */
public class ConcurrencyLimits {

	/** What a refused client is told to wait before trying again. */
	static final long RETRY_AFTER_SECONDS = 10;

	private final RateLimitProperties properties;

	private final ConcurrentMap<String, Integer> held = new ConcurrentHashMap<>();

	public ConcurrencyLimits(RateLimitProperties properties) {
		this.properties = properties;
	}

	/**
	 * One more of {@code limit} for {@code client}, to be closed once when it ends.
	 * @throws RateLimitedException if the client holds as many as the limit takes
	 */
	public Permit acquire(String limit, String client) {
		Integer most = this.properties.concurrent().get(limit);
		if (!this.properties.enabled() || most == null || client == null) {
			return () -> {
			};
		}
		String key = limit + '\n' + client;
		AtomicBoolean taken = new AtomicBoolean();
		this.held.compute(key, (k, count) -> {
			int now = (count != null) ? count : 0;
			if (now >= most) {
				return count;
			}
			taken.set(true);
			return now + 1;
		});
		if (!taken.get()) {
			throw new RateLimitedException(limit, RETRY_AFTER_SECONDS);
		}
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				this.held.computeIfPresent(key, (k, count) -> (count > 1) ? count - 1 : null);
			}
		};
	}

	/** How many of {@code limit} {@code client} holds now. */
	public int held(String limit, String client) {
		return this.held.getOrDefault(limit + '\n' + client, 0);
	}

	/** One held thing; closing it again does nothing. */
	@FunctionalInterface
	public interface Permit extends AutoCloseable {

		@Override
		void close();

	}

}
