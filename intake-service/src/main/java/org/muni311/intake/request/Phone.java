package org.muni311.intake.request;

import java.util.regex.Pattern;

/**
 * A phone number as every channel takes one: 3 to 40 of digits, spaces and
 * {@code + ( ) . -}, as people write numbers; kept as given, matched by its digits
 * ({@link Contact#phoneKey}).
 *
 * @param number the number as given, trimmed
 */
public record Phone(String number) {

	/** The field name. */
	public static final String FIELD = "phone";

	private static final Pattern NUMBER = Pattern.compile("^\\+?[0-9 ().\\-]{3,40}$");

	/**
	 * The number {@code value} gives, or {@code null} when absent or blank.
	 * @throws RefusedException when it holds anything else
	 */
	public static Phone parse(String value) {
		String number = Text.given(value);
		if (number == null) {
			return null;
		}
		if (!NUMBER.matcher(number).matches()) {
			throw new RefusedException(Problem.invalid(FIELD, "may hold 3 to 40 digits, spaces, + ( ) . - only"));
		}
		return new Phone(number);
	}

	/** The number as a look-up matches it. */
	public String key() {
		return Contact.phoneKey(this.number);
	}

}
