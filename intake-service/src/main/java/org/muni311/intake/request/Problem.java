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

	private static final String NOT_PLACED = "could not be placed";

	/** A field given but wrong. */
	static Problem invalid(String field, String reason) {
		return new Problem(field, reason, false);
	}

	/**
	 * An address given without coordinates that the municipality's address points do not
	 * have: the resident or agent is asked to mark the place.
	 */
	static Problem notPlaced(String municipality, String address) {
		return new Problem("address_string", NOT_PLACED + ": " + municipality + " has no address '" + address
				+ "'; mark the place on the map, or give lat and long", false);
	}

	/**
	 * Whether this is {@link #notPlaced}'s problem, which pages tell in their own words.
	 */
	public boolean addressNotPlaced() {
		return "address_string".equals(this.field) && this.reason.startsWith(NOT_PLACED);
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
