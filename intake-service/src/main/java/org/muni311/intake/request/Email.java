package org.muni311.intake.request;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as every channel takes one, a reporter's as a follower's: at most 254
 * characters, one {@code @} with at most 64 characters before it and a dot after it, no
 * spaces or control characters.
 *
 * @param address the address as given, trimmed
 */
public record Email(String address) {

	/** The field name. */
	public static final String FIELD = "email";

	private static final Pattern ADDRESS = Pattern
		.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");

	/**
	 * The address {@code value} gives, or {@code null} when absent or blank.
	 * @throws RefusedException when it is not an email address
	 */
	public static Email parse(String value) {
		String address = Text.given(value);
		if (address == null) {
			return null;
		}
		if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
			throw new RefusedException(Problem.invalid(FIELD, Text.quoted(address).isEmpty() ? "is not an email address"
					: "'" + address + "' is not an email address"));
		}
		return new Email(address);
	}

	/** The address {@code value} gives, if it is one. */
	public static Optional<Email> read(String value) {
		try {
			return Optional.ofNullable(parse(value));
		}
		catch (RefusedException ex) {
			return Optional.empty();
		}
	}

	/** The address as a look-up matches it ({@link Contact#emailKey}). */
	public String key() {
		return Contact.emailKey(this.address);
	}

}
