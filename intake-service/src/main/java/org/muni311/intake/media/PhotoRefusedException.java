package org.muni311.intake.media;

/** An upload that is not kept, and why. */
public class PhotoRefusedException extends RuntimeException {

	private final Reason reason;

	PhotoRefusedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	/** Why the upload was refused. */
	public Reason reason() {
		return this.reason;
	}

	/** Why an upload is refused. */
	public enum Reason {

		/**
		 * More than {@link Photos#MAX_BYTES}, or more pixels than an image should have.
		 */
		TOO_LARGE,

		/** Not an image that can be read. */
		NOT_AN_IMAGE,

		/** Too many photos are being read at once: worth sending again in a moment. */
		BUSY

	}

}
