package org.muni311.intake.config;

/**
 * The names of intake's rate limits, set in application.yml under
 * {@code muni311.rate-limits.limits.<name>} (capacity and period): what each channel
 * takes from before it does any work.
 */
public final class IntakeLimits {

	/** Open311 POST requests, per client address (before the body is read). */
	public static final String OPEN311_POST_ADDRESS = "open311-post-address";

	/** Open311 POST requests, per API key of a municipality (once the key is checked). */
	public static final String OPEN311_POST_KEY = "open311-post-key";

	/** Followers added ("me too", the follow page and API), per client address. */
	public static final String FOLLOW_ADDRESS = "follow-address";

	/** Followers added through the API, per API key of a municipality. */
	public static final String FOLLOW_KEY = "follow-key";

	/** The resident report form sent, per client address. */
	public static final String RESIDENT_FORM_ADDRESS = "resident-form-address";

	private IntakeLimits() {
	}

}
