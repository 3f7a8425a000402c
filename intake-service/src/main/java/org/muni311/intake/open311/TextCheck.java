package org.muni311.intake.open311;

/** Whether text is free of control characters, which no resident types and which break logs and documents. */
final class TextCheck {

	private TextCheck() {
	}

	/** {@code true} if {@code text} has no C0/C1 control character or DEL ({@code multiline}: tab, LF, CR allowed). */
	static boolean clean(String text, boolean multiline) {
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

}
