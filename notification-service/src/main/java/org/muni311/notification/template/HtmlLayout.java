package org.muni311.notification.template;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.muni311.contracts.municipality.MunicipalityConfiguration;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML email around a notice's paragraphs: a header in the municipality's colour with
 * its logo and name, the paragraphs, its contact links and the unsubscribe link.
 * Everything from configuration or events is escaped; a colour that is not a hex colour
 * and a logo not served over https are left out rather than trusted.
 */
final class HtmlLayout {

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}");

	private static final String DEFAULT_COLOUR = "#1a5a96";

	private HtmlLayout() {
	}

	static String render(String language, String subject, List<String> paragraphs, Signature signature,
			Optional<MunicipalityConfiguration> municipality, String unsubscribe, String unsubscribeUrl) {
		Optional<MunicipalityConfiguration.Branding> branding = municipality.map(MunicipalityConfiguration::branding);
		String colour = branding.map(MunicipalityConfiguration.Branding::primaryColour)
			.filter((c) -> COLOUR.matcher(c).matches())
			.orElse(DEFAULT_COLOUR);
		String logo = branding.map(MunicipalityConfiguration.Branding::logoUrl)
			.filter((url) -> url.startsWith("https://"))
			.map((url) -> "<img src=\"" + esc(url) + "\" alt=\"\" height=\"40\" style=\"vertical-align:middle\"> ")
			.orElse("");
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(esc(language))
			.append("\"><head><meta charset=\"utf-8\"><title>")
			.append(esc(subject))
			.append("</title></head><body style=\"font-family:Arial,sans-serif;color:#222;margin:0\">")
			.append("<div style=\"background:")
			.append(colour)
			.append(";color:#fff;padding:12px 16px;font-size:18px\">")
			.append(logo)
			.append("<strong>")
			.append(esc(signature.name()))
			.append("</strong></div><div style=\"padding:8px 16px\">");
		paragraphs.forEach((paragraph) -> html.append("<p>").append(esc(paragraph)).append("</p>"));
		html.append("</div><div style=\"padding:8px 16px;font-size:13px;color:#555;border-top:1px solid #ddd\"><p>")
			.append(esc(signature.name()));
		if (signature.phone() != null) {
			html.append("<br><a href=\"tel:")
				.append(esc(signature.phone()))
				.append("\">")
				.append(esc(signature.phone()))
				.append("</a>");
		}
		if (signature.email() != null) {
			html.append("<br><a href=\"mailto:")
				.append(esc(signature.email()))
				.append("\">")
				.append(esc(signature.email()))
				.append("</a>");
		}
		if (signature.url() != null && signature.url().startsWith("http")) {
			html.append("<br><a href=\"")
				.append(esc(signature.url()))
				.append("\">")
				.append(esc(signature.url()))
				.append("</a>");
		}
		return html.append("</p><p><a href=\"")
			.append(esc(unsubscribeUrl))
			.append("\">")
			.append(esc(unsubscribe))
			.append("</a></p></div></body></html>")
			.toString();
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
