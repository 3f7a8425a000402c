package org.muni311.notification.delivery;

/** Where one message is in its life. */
public enum DeliveryState {

	/** Recorded, waiting to be sent (again, after a failed attempt). */
	PENDING,

	/** Handed to the mail server; a crash now leaves it here, and it is not sent again (at most once). */
	SENDING,

	/** The mail server took it. */
	SENT,

	/** Every attempt failed; nothing more will be tried. */
	FAILED

}
