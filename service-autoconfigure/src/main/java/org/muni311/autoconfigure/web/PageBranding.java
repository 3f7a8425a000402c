package org.muni311.autoconfigure.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.muni311.contracts.municipality.MunicipalityConfiguration;

/**
 * What a page's header shows of a municipality: its name in the page's language, its
 * colour and its logo. Colours and logo come from a clerk's configuration, so only a
 * {@code #rrggbb} colour and an {@code https} (or root-relative) logo are used; anything
 * else falls back to the platform's own.
 *
 * @param jurisdictionId the municipality, or {@code null} on platform pages (sign-in)
 * @param name the name shown in the header
 * @param colour the header's colour ({@code #rrggbb}); white text is drawn on it, so it
 * must be dark enough
 * @param logoUrl the logo, or {@code null}
 */
public record PageBranding(String jurisdictionId, String name, String colour, String logoUrl) {

	/** The platform's own colour, dark enough for white text (contrast 8.6:1). */
	public static final String PLATFORM_COLOUR = "#1a4480";

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	/** Pages that belong to no municipality. */
	public static PageBranding platform() {
		return new PageBranding(null, "Muni311", PLATFORM_COLOUR, null);
	}

	/** {@code configuration}'s branding in {@code locale}. */
	public static PageBranding of(MunicipalityConfiguration configuration, Locale locale) {
		String name = localized(configuration.name(), locale);
		if (name == null && configuration.branding() != null) {
			name = configuration.branding().name();
		}
		if (name == null) {
			name = configuration.jurisdictionId();
		}
		MunicipalityConfiguration.Branding branding = configuration.branding();
		String colour = (branding != null && branding.primaryColour() != null
				&& COLOUR.matcher(branding.primaryColour()).matches() && darkEnough(branding.primaryColour()))
						? branding.primaryColour() : PLATFORM_COLOUR;
		String logo = (branding != null) ? safeLogo(branding.logoUrl()) : null;
		return new PageBranding(configuration.jurisdictionId(), name, colour, logo);
	}

	/**
	 * The text of {@code byLanguage} in {@code locale}'s language, else English, else
	 * any.
	 */
	public static String localized(Map<String, String> byLanguage, Locale locale) {
		if (byLanguage == null || byLanguage.isEmpty()) {
			return null;
		}
		String text = byLanguage.get(Languages.of(locale).getLanguage());
		if (text == null) {
			text = byLanguage.get("en");
		}
		return (text != null) ? text : byLanguage.values().iterator().next();
	}

	private static String safeLogo(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(url);
			boolean rootRelative = uri.getScheme() == null && url.startsWith("/") && !url.startsWith("//");
			return ("https".equals(uri.getScheme()) || rootRelative) ? url : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** White text on {@code colour} reaches WCAG AA's 4.5:1. */
	static boolean darkEnough(String colour) {
		double luminance = 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
		return (1.05 / (luminance + 0.05)) >= 4.5;
	}

	private static double channel(String colour, int at) {
		double value = Integer.parseInt(colour.substring(at, at + 2), 16) / 255.0;
		return (value <= 0.03928) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

}
