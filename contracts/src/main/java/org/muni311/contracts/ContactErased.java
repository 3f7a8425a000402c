package org.muni311.contracts;

/**
 * A resident's contact data was erased at their request (an administrator of the
 * municipality asked intake, which blanked its own copy first). Published on
 * {@link Topics#REQUESTS_SUBSCRIPTIONS}, keyed by request id like the
 * {@link ReporterSubscribed} events it undoes, one for each request the person reported,
 * called about or followed: on the same partition, after them, so it can never overtake
 * the subscription it erases. The notification service removes every subscriber of that
 * request with this address, number or handle, and the request's deliveries to them keep
 * neither recipient nor content. The public record of the request stays.
 *
 * @param erasureId the erasure this is part of (one per administrator's request)
 * @param email the address erased, or {@code null}
 * @param phone the number erased (E.164), or {@code null}
 * @param socialHandle the handle on the social channel erased, or {@code null}
 */
public record ContactErased(String erasureId, String email, String phone, String socialHandle) {

	/** Envelope type name. */
	public static final String TYPE = "ContactErased";

	/** Schema version. */
	public static final int VERSION = 1;

}
