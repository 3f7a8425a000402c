package org.muni311.intake.request;

import org.muni311.contracts.ReporterSubscribed;

/**
 * How a request was filed.
 *
 * @param channel {@code open311}, {@code web}, {@code phone} or {@code social}
 * @param role the reporter's subscription role: {@link ReporterSubscribed#REPORTER}, or
 * {@link ReporterSubscribed#CALLER} for someone an agent filed for
 * @param filedBy the agent who filed it, or {@code null} when the reporter did
 * @param updatesBy how the reporter asked to hear about it, {@link #EMAIL} or
 * {@link #SMS}: the subscription then carries that address only; {@code null} lets the
 * notification service choose among those given
 * @param idempotencyKey the channel's key of the submission, so that a retry files
 * nothing new; or {@code null}
 * @param fingerprint a digest of the submission ({@link Fingerprint}), the same for a
 * retry of it; with a key only
 */
public record Filing(String channel, String role, String filedBy, String updatesBy, String idempotencyKey,
		String fingerprint) {

	/** Updates by email only. */
	public static final String EMAIL = "email";

	/** Updates by text message only. */
	public static final String SMS = "sms";

	/** Filed by the reporter through {@code channel}. */
	public static Filing by(String channel) {
		return new Filing(channel, ReporterSubscribed.REPORTER, null, null, null, null);
	}

	/** Filed by agent {@code agent} for a caller, by phone. */
	public static Filing forCaller(String agent) {
		return forCaller(agent, null);
	}

	/**
	 * Filed by agent {@code agent} for a caller, by phone; the caller is told by
	 * {@code updatesBy}.
	 */
	public static Filing forCaller(String agent, String updatesBy) {
		return new Filing("phone", ReporterSubscribed.CALLER, agent, updatesBy, null, null);
	}

	/**
	 * Filed once per {@code idempotencyKey}: a retry with the same {@code fingerprint}
	 * gets the first request's id.
	 */
	public Filing once(String idempotencyKey, String fingerprint) {
		return new Filing(this.channel, this.role, this.filedBy, this.updatesBy, idempotencyKey, fingerprint);
	}

	/**
	 * The email address the reporter is told at, from {@code contact}, or {@code null}.
	 */
	String subscribedEmail(Contact contact) {
		return SMS.equals(this.updatesBy) ? null : contact.email();
	}

	/** The number the reporter is texted at, from {@code contact}, or {@code null}. */
	String subscribedPhone(Contact contact) {
		return EMAIL.equals(this.updatesBy) ? null : contact.phone();
	}

}
