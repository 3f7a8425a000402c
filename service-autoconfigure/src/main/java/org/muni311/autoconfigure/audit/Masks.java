package org.muni311.autoconfigure.audit;

/**
 * Contact data as staff see it, and as the audit log names it: enough to recognise, not
 * enough to use.
 */
public final class Masks {

	private Masks() {
	}

	/**
	 * {@code jane.doe@example.org} as {@code j***@e***.org}, {@code +16135550123} as
	 * {@code ***0123}.
	 */
	public static String mask(String contact) {
		if (contact == null || contact.isEmpty()) {
			return contact;
		}
		int at = contact.indexOf('@');
		if (at < 0) {
			return "***" + contact.substring(Math.max(0, contact.length() - 4));
		}
		String domain = contact.substring(at + 1);
		int dot = domain.lastIndexOf('.');
		String top = (dot >= 0) ? domain.substring(dot) : "";
		return contact.charAt(0) + "***@" + (domain.isEmpty() ? "" : domain.charAt(0) + "***") + top;
	}

}
