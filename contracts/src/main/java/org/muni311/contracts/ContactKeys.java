package org.muni311.contracts;

import java.util.Locale;

/**
 * How every service compares a resident's contact however it was written: intake's caller
 * look-up and erasure, and notification when it applies a {@link ContactErased} to the
 * subscribers it was told of.
 */
public final class ContactKeys {

	private ContactKeys() {
	}

	/**
	 * A phone number's digits, without the North American country code 1 before ten
	 * digits ({@code +1 (613) 555-0100}, {@code 613.555.0100} and {@code 6135550100} are
	 * one number). {@code null} for none.
	 */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.length() == 11 && digits.charAt(0) == '1') {
			return digits.substring(1);
		}
		return digits.isEmpty() ? null : digits;
	}

	/** An email address trimmed, in lower case. {@code null} for none. */
	public static String email(String email) {
		return (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
	}

}
