package org.muni311.notification.template;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.municipality.MunicipalityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {

	private static final MunicipalityConfiguration DEMO = new MunicipalityConfiguration("demo.muni311.org",
			Map.of("en", "Demo Township", "fr", "Canton de démonstration"), "America/Toronto", List.of("en", "fr"),
			new MunicipalityConfiguration.Contact("311@demo.example", "311", "https://demo.example"),
			new MunicipalityConfiguration.Branding("Demo", "#aa0000", null, "https://demo.example/logo.png"), null,
			null, null, null, null, "triage");

	private final Templates templates = new Templates();

	@Test
	void everyKindHasASubjectTextAndSmsInEveryLanguage() {
		for (String language : Templates.LANGUAGES) {
			Properties bundle = Templates.load(language);
			assertThat(bundle.stringPropertyNames()).as("templates in " + language)
				.containsAll(Templates.requiredKeys());
			assertThat(Templates.requiredKeys()).as("no template of " + language + " lacks a required key")
				.allSatisfy((key) -> assertThat(bundle.getProperty(key)).as(language + " " + key).isNotBlank());
		}
	}

	@Test
	void everyLanguageHasTheSameKeys() {
		Properties english = Templates.load("en");
		for (String language : Templates.LANGUAGES) {
			assertThat(Templates.load(language).stringPropertyNames()).as("keys of " + language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		}
	}

	@Test
	void theResolvedNoticeCarriesTheCrewsNoteAndTheMunicipalitysSignatureInFrench() {
		Notice resolved = new Notice("e1", "demo.muni311.org", "R1", Instant.now(), "resolved", "Voirie", "Ward 2",
				"Nid-de-poule rebouché", null);

		Message message = this.templates.render(resolved, "fr", Optional.of(DEMO), "https://n.example/unsubscribe/t");

		assertThat(message.subject()).isEqualTo("Demande R1 : résolue");
		assertThat(message.text()).contains("Voirie a résolu votre demande R1",
				"Note de l'équipe : Nid-de-poule rebouché", "Canton de démonstration", "311@demo.example",
				"https://n.example/unsubscribe/t");
		assertThat(message.html()).contains("lang=\"fr\"", "#aa0000", "https://demo.example/logo.png",
				"mailto:311@demo.example", "href=\"https://n.example/unsubscribe/t\"");
		assertThat(message.sms()).startsWith("Canton de démonstration: Demande R1 résolue.")
			.endsWith("https://n.example/unsubscribe/t");
		assertThat(message.senderName()).isEqualTo("Canton de démonstration");
		assertThat(message.replyTo()).isEqualTo("311@demo.example");
	}

	@Test
	void escapesWhatCrewsWriteInHtmlAndDropsAColourThatIsNotOne() {
		MunicipalityConfiguration hostile = new MunicipalityConfiguration("x", Map.of("en", "X"), "UTC", List.of("en"),
				null, new MunicipalityConfiguration.Branding("X", "red;background:url(x)", null, "http://x/logo"), null,
				null, null, null, null, "t");
		Notice note = new Notice("e1", "x", "R1", Instant.now(), "in_progress", "Roads", null,
				"<script>alert(1)</script>", null);

		String html = this.templates.render(note, "en", Optional.of(hostile), "https://n/u").html();

		assertThat(html).doesNotContain("<script>", "url(x)", "http://x/logo").contains("&lt;script&gt;");
	}

	@Test
	void aLanguageWithoutTemplatesGetsTheMunicipalitysDefault() {
		MunicipalityConfiguration french = new MunicipalityConfiguration("f", Map.of("fr", "Ville"), "UTC",
				List.of("fr", "en"), null, null, null, null, null, null, null, "t");
		Notice closed = new Notice("e1", "f", "R1", Instant.now(), "closed", null, null, null, null);

		assertThat(this.templates.render(closed, "es", Optional.of(french), "u").subject())
			.isEqualTo("Demande R1 : fermée");
	}

}
