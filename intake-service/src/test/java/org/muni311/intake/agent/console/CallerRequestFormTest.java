package org.muni311.intake.agent.console;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.web.PageProblem;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.contracts.municipality.ServiceDefinition.AttributeValue;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's own checks of a request form: every problem named, on its field, in the page's language. */
class CallerRequestFormTest {

	private static final ServiceDefinition SIGN = new ServiceDefinition("sign", Map.of("en", "Sign"), null, null,
			null, "realtime",
			List.of(new Attribute("kind", "singlevaluelist", true, true, 1,
					Map.of("en", "What is wrong?", "fr", "Quel est le problème?"), null,
					List.of(new AttributeValue("bent", Map.of("en", "Bent"))))),
			null);

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void acceptsACompleteFormAndHandsItOnUnderTheOpen311NamesWithoutTheUpdatesChoice() {
		CallerRequestForm form = CallerRequestForm.of(fields("service_code", "sign", "attribute[kind]", "bent",
				"lat", "45.42", "long", "-75.69", "phone", "+16135550123", "updates", "sms", "locale", "fr",
				"unknown", "dropped"));

		assertThat(form.problems(SIGN, this.messages, Locale.ENGLISH)).isEmpty();
		assertThat(form.open311Fields()).containsOnlyKeys("service_code", "attribute[kind]", "lat", "long", "phone",
				"locale");
		assertThat(form.hasCoordinates()).isTrue();
	}

	@Test
	void namesEveryProblemOnItsFieldInFrench() {
		CallerRequestForm form = CallerRequestForm.of(fields("service_code", "sign", "lat", "91", "phone",
				"+16135550123", "updates", "email", "locale", "de"));

		assertThat(form.problems(SIGN, this.messages, Locale.FRENCH)).containsExactly(
				new PageProblem("attribute-kind", "Répondez à la question : Quel est le problème?"),
				new PageProblem("lat", "Entrez la latitude en degrés décimaux entre -90 et 90, par exemple 45.4215"),
				new PageProblem("lon",
						"Entrez la longitude en degrés décimaux entre -180 et 180, par exemple -75.6972"),
				new PageProblem("email", "Entrez l’adresse courriel de l’appelant, ou choisissez les messages texte"),
				new PageProblem("language-en", "Choisissez la langue de l’appelant"));
	}

	@Test
	void asksForAnAddressOrCoordinatesAndAnUpdatesChoice() {
		CallerRequestForm form = CallerRequestForm.of(fields("service_code", "sign", "attribute[kind]", "bent",
				"email", "not-an-address", "locale", "en"));

		assertThat(form.problems(SIGN, this.messages, Locale.ENGLISH)).extracting(PageProblem::field)
			.containsExactly("address", "email", "updates-email");
	}

	@Test
	void putsTheAgentApisRemainingProblemsOnTheirFields() {
		assertThat(CallerRequestForm.refused(List.of("attribute[kind] must be one of [bent], not 'x'",
				"description is 5000 characters long; at most 4000 are allowed", "first_name holds control characters"),
				this.messages, Locale.ENGLISH))
			.extracting(PageProblem::field)
			.containsExactly("attribute-kind", "description", "first-name");
	}

	private static MultiValueMap<String, String> fields(String... namesAndValues) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/common", "messages/console");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
