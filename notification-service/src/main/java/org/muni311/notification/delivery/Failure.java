package org.muni311.notification.delivery;

import java.util.regex.Pattern;

/**
 * Why a message was not sent.
 *
 * @param permanent whether trying again cannot help (an address the server refuses, a
 * gateway answering 4xx)
 * @param reason what went wrong, with any address or number masked: it goes to logs and
 * the delivery log
 */
record Failure(boolean permanent, String reason) {

	private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"'@]+");

	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{6,}\\d");

	static Failure transientFailure(Throwable cause) {
		return new Failure(false, describe(cause));
	}

	static Failure permanentFailure(Throwable cause) {
		return new Failure(true, describe(cause));
	}

	/** The exception's type and message with contact data masked. */
	static String describe(Throwable cause) {
		String text = cause.getClass().getSimpleName()
				+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
		text = EMAIL.matcher(text).replaceAll("***@***");
		text = PHONE.matcher(text).replaceAll("***");
		return (text.length() > 300) ? text.substring(0, 300) : text;
	}

}
