package org.muni311.intake.agent.console;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;
import org.muni311.intake.request.Email;
import org.muni311.intake.request.Phone;
import org.muni311.intake.request.RefusedException;

/**
 * The caller an agent looked up, kept in the agent's session per municipality (post,
 * redirect, get): the phone number or email address stays out of page addresses and so
 * out of access logs and browser history.
 *
 * @param field {@code phone} or {@code email}, as the request's contact names it
 * @param value the number or address as the agent typed it
 */
record ConsoleCaller(String field, String value) implements Serializable {

	/**
	 * The caller {@code query} names (an email if it holds {@code @}, else a phone
	 * number), or {@code null}.
	 */
	static ConsoleCaller parse(String query) {
		if (query == null || query.isBlank() || query.length() > 254) {
			return null;
		}
		String value = query.strip();
		try {
			return value.contains("@") ? new ConsoleCaller(Email.FIELD, Email.parse(value).address())
					: new ConsoleCaller(Phone.FIELD, Phone.parse(value).number());
		}
		catch (RefusedException ex) {
			return null;
		}
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
