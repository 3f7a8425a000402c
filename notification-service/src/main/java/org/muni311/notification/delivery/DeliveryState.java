package org.muni311.notification.delivery;

/** Where one message is in its life. */
public enum DeliveryState {

	/** Recorded, waiting to be sent (again, after a failed attempt). */
	PENDING,

	/**
	 * Being handed to the mail server. A crash now leaves it here; after {@link MailProperties#sendingTimeout()}
	 * it is sent again: the mail server may already have taken it, and a resident told twice is better than one
	 * never told. Only a crash inside one batch's send can cause that.
	 */
	SENDING,

	/** The mail server took it. */
	SENT,

	/** Every attempt failed; nothing more will be tried. */
	FAILED

}
