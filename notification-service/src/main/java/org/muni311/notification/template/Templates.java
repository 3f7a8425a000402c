package org.muni311.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.muni311.contracts.municipality.MunicipalityConfiguration;

import org.springframework.stereotype.Component;

/**
 * Renders a {@link Notice}, or a digest of several, for one recipient from
 * {@code templates/notices_<language>.properties}: subject, plain text, HTML and SMS,
 * signed with the municipality's name and contact and carrying the recipient's
 * unsubscribe link. A language without templates falls back to the municipality's default
 * language, then English.
 */
@Component
public class Templates {

	/** The languages with templates, the fallback first. */
	public static final List<String> LANGUAGES = List.of("en", "fr");

	private final Map<String, Properties> bundles = new LinkedHashMap<>();

	Templates() {
		LANGUAGES.forEach((language) -> this.bundles.put(language, load(language)));
	}

	/** The templates of {@code language} as written, for checks. */
	public static Properties load(String language) {
		String path = "templates/notices_" + language + ".properties";
		try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No templates at " + path);
			}
			Properties templates = new Properties();
			templates.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return templates;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every key a language must define: the shared lines, and subject, text and SMS of
	 * each kind.
	 */
	public static List<String> requiredKeys() {
		List<String> keys = new ArrayList<>(List.of("greeting", "thanks", "notes", "area", "expected", "unsubscribe",
				"unsubscribe.sms", "digest.subject", "digest.text"));
		for (String kind : Notice.KINDS) {
			keys.addAll(List.of(kind + ".subject", kind + ".text", kind + ".sms"));
		}
		return keys;
	}

	/**
	 * {@code notice} in {@code language} for a recipient whose unsubscribe link is
	 * {@code unsubscribeUrl}.
	 */
	public Message render(Notice notice, String language, Optional<MunicipalityConfiguration> municipality,
			String unsubscribeUrl) {
		return render(List.of(notice), language, municipality, unsubscribeUrl);
	}

	/**
	 * One message telling {@code notices} (of one request, oldest first): the notice's
	 * own message for one, a digest for several.
	 */
	public Message render(List<Notice> notices, String language, Optional<MunicipalityConfiguration> municipality,
			String unsubscribeUrl) {
		String lang = languageOf(language, municipality);
		Properties templates = this.bundles.get(lang);
		Notice first = notices.get(0);
		String name = municipality.map((m) -> m.text(m.name(), lang)).orElse(first.tenant());
		Map<String, String> common = values(first, name, lang, municipality);
		common.put("count", String.valueOf(notices.size()));
		List<String> paragraphs = new ArrayList<>(List.of(fill(templates, "greeting", common)));
		String subject = fill(templates, (notices.size() == 1) ? first.kind() + ".subject" : "digest.subject", common);
		if (notices.size() > 1) {
			paragraphs.add(fill(templates, "digest.text", common));
		}
		if (first.areaName() != null) {
			paragraphs.add(fill(templates, "area", common));
		}
		List<String> texts = new ArrayList<>();
		for (Notice notice : notices) {
			Map<String, String> values = values(notice, name, lang, municipality);
			paragraphs.add(fill(templates, notice.kind() + ".text", values));
			if (notice.notes() != null && !notice.notes().isBlank()) {
				paragraphs.add(fill(templates, "notes", values));
			}
			if (notice.expectedAt() != null) {
				paragraphs.add(fill(templates, "expected", values));
			}
			texts.add(fill(templates, notice.kind() + ".sms", values));
		}
		paragraphs.add(fill(templates, "thanks", common));
		Signature signature = Signature.of(name, municipality);
		String unsubscribe = fill(templates, "unsubscribe", common);
		String text = String.join("\n\n", paragraphs) + "\n\n" + signature.text() + "\n\n" + unsubscribe + ": "
				+ unsubscribeUrl + "\n";
		String html = HtmlLayout.render(lang, subject, paragraphs, signature, municipality, unsubscribe,
				unsubscribeUrl);
		String sms = name + ": " + String.join(" ", texts) + " " + fill(templates, "unsubscribe.sms", common) + " "
				+ unsubscribeUrl;
		String replyTo = municipality.map(MunicipalityConfiguration::contact)
			.map(MunicipalityConfiguration.Contact::email)
			.orElse(null);
		return new Message(subject, text, html, sms, name, replyTo);
	}

	private String languageOf(String wanted, Optional<MunicipalityConfiguration> municipality) {
		if (wanted != null && this.bundles.containsKey(wanted)) {
			return wanted;
		}
		return municipality.map(MunicipalityConfiguration::defaultLanguage)
			.filter(this.bundles::containsKey)
			.orElse(LANGUAGES.get(0));
	}

	private static Map<String, String> values(Notice notice, String municipalityName, String language,
			Optional<MunicipalityConfiguration> municipality) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("request", notice.requestId());
		values.put("department", (notice.departmentName() != null) ? notice.departmentName() : municipalityName);
		values.put("area", notice.areaName());
		values.put("notes", notice.notes());
		values.put("municipality", municipalityName);
		if (notice.expectedAt() != null) {
			ZoneId zone = municipality.map(MunicipalityConfiguration::timeZone)
				.map(ZoneId::of)
				.orElse(ZoneId.of("UTC"));
			values.put("expected",
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
						.withLocale(Locale.forLanguageTag(language))
						.withZone(zone)
						.format(notice.expectedAt()));
		}
		return values;
	}

	private static String fill(Properties templates, String key, Map<String, String> values) {
		String template = templates.getProperty(key);
		if (template == null) {
			throw new IllegalStateException("No template " + key);
		}
		String filled = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			filled = filled.replace("{" + value.getKey() + "}", (value.getValue() != null) ? value.getValue() : "");
		}
		return filled;
	}

}
