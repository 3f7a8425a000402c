package org.muni311.autoconfigure.ratelimit;

/**
 * A call over a rate limit: each channel answers it 429 with {@code Retry-After} in its
 * own format.
 */
public class RateLimitedException extends RuntimeException {

	private final String limit;

	private final long retryAfterSeconds;

	public RateLimitedException(String limit, long retryAfterSeconds) {
		super("too many calls (" + limit + "): try again in " + retryAfterSeconds + " s");
		this.limit = limit;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** The limit reached. */
	public String limit() {
		return this.limit;
	}

	/**
	 * Whole seconds until the next call is taken, at least 1: the {@code Retry-After}.
	 */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
