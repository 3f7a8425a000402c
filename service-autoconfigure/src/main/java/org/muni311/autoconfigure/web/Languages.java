package org.muni311.autoconfigure.web;

import java.util.List;
import java.util.Locale;

/** The languages pages are offered in: English first (the default), then French. */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale FRENCH = Locale.FRENCH;

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

	/** The query parameter that switches the language, remembered in a cookie after. */
	public static final String PARAMETER = "lang";

	private Languages() {
	}

	/** {@code locale}'s language if supported, else English. */
	public static Locale of(Locale locale) {
		return (locale != null && FRENCH.getLanguage().equals(locale.getLanguage())) ? FRENCH : ENGLISH;
	}

	/** The language a page switch offers from {@code locale}. */
	public static Locale other(Locale locale) {
		return of(locale).equals(FRENCH) ? ENGLISH : FRENCH;
	}

}
