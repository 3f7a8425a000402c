package org.muni311.intake.agent.console;

import java.io.Serializable;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

/**
 * The caller an agent looked up, kept in the agent's session per municipality (post, redirect, get): the phone
 * number or email address stays out of page addresses and so out of access logs and browser history.
 *
 * @param field {@code phone} or {@code email}, as the request's contact names it
 * @param value the number or address as the agent typed it
 */
record ConsoleCaller(String field, String value) implements Serializable {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{3,40}$");

	/** The caller {@code query} names (an email if it holds {@code @}, else a phone number), or {@code null}. */
	static ConsoleCaller parse(String query) {
		if (query == null || query.isBlank() || query.length() > 254) {
			return null;
		}
		String value = query.strip();
		if (value.contains("@")) {
			return EMAIL.matcher(value).matches() ? new ConsoleCaller("email", value) : null;
		}
		return PHONE.matcher(value).matches() ? new ConsoleCaller("phone", value) : null;
	}

	/** The caller looked up last in {@code jurisdiction}, or {@code null}. */
	static ConsoleCaller in(HttpSession session, String jurisdiction) {
		return (session.getAttribute(key(jurisdiction)) instanceof ConsoleCaller caller) ? caller : null;
	}

	/** Remembers this caller as the one looked up in {@code jurisdiction}. */
	void keep(HttpSession session, String jurisdiction) {
		session.setAttribute(key(jurisdiction), this);
	}

	private static String key(String jurisdiction) {
		return "console.caller." + jurisdiction;
	}

}
