package org.muni311.intake.request;

/**
 * Free text as every channel takes it: trimmed, at most so long, and free of control
 * characters, which no resident types and which break logs and documents.
 */
public final class Text {

	private Text() {
	}

	/** {@code value} trimmed, or {@code null} when absent or blank. */
	public static String given(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * {@code value} trimmed ({@code null} when absent or blank), refused when longer than
	 * {@code max} or holding control characters ({@code multiline} allows line breaks and
	 * tabs).
	 * @throws RefusedException naming {@code field}
	 */
	static String check(String field, String value, int max, boolean multiline) {
		String text = given(value);
		if (text == null) {
			return null;
		}
		if (text.length() > max) {
			throw new RefusedException(Problem.invalid(field,
					"is " + text.length() + " characters long; at most " + max + " are allowed"));
		}
		if (!clean(text, multiline)) {
			throw new RefusedException(Problem.invalid(field,
					"holds control characters" + (multiline ? " (only line breaks and tabs are allowed)" : "")));
		}
		return text;
	}

	/**
	 * {@code true} if {@code text} has no C0/C1 control character or DEL
	 * ({@code multiline}: tab, LF, CR allowed).
	 */
	public static boolean clean(String text, boolean multiline) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
			boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
			if (control && !(multiline && lineBreak)) {
				return false;
			}
			if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1)))) {
				if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * {@code value} quoted for a message, when short and clean enough to repeat; else
	 * nothing.
	 */
	static String quoted(String value) {
		return (value.length() <= 40 && clean(value, false)) ? ", not '" + value + "'" : "";
	}

}
