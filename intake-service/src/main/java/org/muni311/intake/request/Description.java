package org.muni311.intake.request;

/**
 * What the reporter says about the problem: at most {@value #MAX} characters (Open311's
 * limit, on every channel), line breaks and tabs allowed, no other control characters.
 *
 * @param text the words, trimmed
 */
public record Description(String text) {

	/** The field name. */
	public static final String FIELD = "description";

	/** The most characters a description may have. */
	public static final int MAX = 4000;

	/**
	 * The description {@code value} gives, or {@code null} when absent or blank.
	 * @throws RefusedException when too long or holding control characters
	 */
	public static Description parse(String value) {
		String text = Text.check(FIELD, value, MAX, true);
		return (text != null) ? new Description(text) : null;
	}

}
