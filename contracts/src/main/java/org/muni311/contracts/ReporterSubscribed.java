package org.muni311.contracts;

/**
 * Someone wants status updates about a request: its reporter (published for every
 * request, with no contact when the reporter left none, so the notification service knows
 * the request and need not wait), a follower who said "me too", or a caller an agent
 * logged. Contact data travels only on {@link Topics#REQUESTS_SUBSCRIPTIONS}.
 *
 * @param email where to write, or {@code null}
 * @param phone where to text (E.164, such as {@code +16135550123}), or {@code null}
 * @param language {@code en} or {@code fr}
 * @param channel how the request or the follow came in: {@code web}, {@code open311},
 * {@code phone} or {@code social}
 * @param role {@link #REPORTER}, {@link #FOLLOWER} or {@link #CALLER}
 * @param socialHandle the author's handle on the social channel, to reply in the same
 * thread, or {@code null}
 */
public record ReporterSubscribed(String email, String phone, String language, String channel, String role,
		String socialHandle) {

	/** Envelope type name. */
	public static final String TYPE = "ReporterSubscribed";

	/** Schema version. */
	public static final int VERSION = 2;

	/** The person who filed the request. */
	public static final String REPORTER = "reporter";

	/** Someone else who asked to hear about it ("me too"). */
	public static final String FOLLOWER = "follower";

	/** A caller on whose behalf an agent filed it. */
	public static final String CALLER = "caller";

	/** A reporter who gave an email address only, as Open311 and web reports do. */
	public static ReporterSubscribed byEmail(String email, String language, String channel) {
		return new ReporterSubscribed(email, null, language, channel, REPORTER, null);
	}

}
