package org.muni311.notification.delivery;

/** Where one message is in its life. */
public enum DeliveryState {

	/**
	 * Recorded, to be sent (again, after a failed attempt). A sender that stops in the
	 * middle of sending leaves it here, and recovery sends it again once it is older than
	 * {@link MailProperties#recoveryGrace()}: the mail server may already have taken it,
	 * and a resident told twice is better than one never told.
	 */
	PENDING,

	/** The provider (mail server, SMS gateway, social webhook) took it. */
	SENT,

	/**
	 * Refused for good, or every attempt failed; nothing more will be tried
	 * ({@code lastError} says why).
	 */
	FAILED,

	/**
	 * Not sent, and never to be: its recipient was erased (or its request's retention
	 * ended) while it waited. Nothing sends a delivery in any state but {@link #PENDING}.
	 */
	ERASED

}
