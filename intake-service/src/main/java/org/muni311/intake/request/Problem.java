package org.muni311.intake.request;

/**
 * One thing wrong with a submission: the field it is about, under the platform's
 * (Open311's) name, and why. A channel shows it in its own shape, naming the field as its
 * own format does ({@link #message(String)}).
 *
 * @param field the field, such as {@code lat}, {@code email} or {@code attribute[kind]};
 * {@code location} when none of the ways to give one was used
 * @param reason what is wrong, to follow the field's name:
 * {@code "must be between -90 and 90, not 91"}
 * @param missing whether the field was required and not given (rather than given and
 * wrong)
 */
public record Problem(String field, String reason, boolean missing) {

	/** A field given but wrong. */
	static Problem invalid(String field, String reason) {
		return new Problem(field, reason, false);
	}

	/** A required field not given. */
	static Problem required(String field, String reason) {
		return new Problem(field, reason, true);
	}

	/**
	 * The problem in a sentence naming the field as the platform does:
	 * {@code lat must be ...}.
	 */
	public String message() {
		return message(this.field);
	}

	/**
	 * The problem in a sentence naming the field {@code name}, as a channel's own format
	 * calls it.
	 */
	public String message(String name) {
		return name + " " + this.reason;
	}

}
