package org.muni311.contracts;

/**
 * The person who reported a request wants status updates. Published for every request, with a {@code null}
 * email when the reporter left none, so the notification service knows the request and need not wait for one.
 *
 * @param email where to write, or {@code null}
 * @param language {@code en} or {@code fr}
 */
public record ReporterSubscribed(String email, String language) {

	/** Envelope type name. */
	public static final String TYPE = "ReporterSubscribed";

	/** Schema version. */
	public static final int VERSION = 1;

}
