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
import org.muni311.intake.request.Coordinates;
import org.muni311.intake.request.Problem;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's problems of a request form, its own and the filing service's: every
 * problem named, on its field, in the page's language, in page order.
 */
class CallerRequestFormTest {

	private static final ServiceDefinition SIGN = new ServiceDefinition("sign", Map.of("en", "Sign"), null, null, null,
			"realtime",
			List.of(new Attribute("kind", "singlevaluelist", true, true, 1,
					Map.of("en", "What is wrong?", "fr", "Quel est le problème?"), null,
					List.of(new AttributeValue("bent", Map.of("en", "Bent"))))),
			null);

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void acceptsACompleteFormWithItsCoordinates() {
		CallerRequestForm form = CallerRequestForm
			.of(fields("service_code", "sign", "attribute[kind]", "bent", "lat", "45.42", "long", "-75.69", "phone",
					"+16135550123", "updates", "sms", "locale", "fr", "unknown", "dropped"));

		assertThat(form.problems(SIGN, List.of(), this.messages, Locale.ENGLISH)).isEmpty();
		assertThat(form.values()).doesNotContainKey("unknown");
		assertThat(form.coordinates()).contains(new Coordinates(45.42, -75.69));
	}

	@Test
	void namesEveryProblemOnItsFieldInFrenchInPageOrder() {
		CallerRequestForm form = CallerRequestForm.of(fields("service_code", "sign", "lat", "91", "phone",
				"+16135550123", "updates", "email", "locale", "de"));

		// as the filing service refuses the form
		List<Problem> refused = List.of(new Problem("attribute[kind]", "is required for service sign", true),
				new Problem("lat", "must be between -90 and 90, not '91'", false),
				new Problem("long", "is missing: lat and long go together", true),
				new Problem("locale", "must be en or fr, not 'de'", false));

		assertThat(form.problems(SIGN, refused, this.messages, Locale.FRENCH)).containsExactly(
				new PageProblem("attribute-kind", "Répondez à la question : Quel est le problème?"),
				new PageProblem("lat", "Entrez la latitude en degrés décimaux entre -90 et 90, par exemple 45.4215"),
				new PageProblem("lon",
						"Entrez la longitude en degrés décimaux entre -180 et 180, par exemple -75.6972"),
				new PageProblem("email", "Entrez l’adresse courriel de l’appelant, ou choisissez les messages texte"),
				new PageProblem("language-en", "Choisissez la langue de l’appelant"));
	}

	@Test
	void asksForAnAddressOrCoordinatesAndAnUpdatesChoice() {
		CallerRequestForm form = CallerRequestForm
			.of(fields("service_code", "sign", "attribute[kind]", "bent", "email", "not-an-address", "locale", "en"));

		List<Problem> refused = List.of(new Problem("location", "is required", true),
				new Problem("email", "'not-an-address' is not an email address", false));

		assertThat(form.problems(SIGN, refused, this.messages, Locale.ENGLISH)).extracting(PageProblem::field)
			.containsExactly("address", "email", "updates-email");
	}

	@Test
	void putsTheSharedRulesProblemsOnTheirFields() {
		CallerRequestForm form = CallerRequestForm.of(fields("service_code", "sign", "address_string", "1 Main",
				"phone", "+16135550123", "updates", "sms", "locale", "en"));
		List<Problem> refused = List.of(new Problem("first_name", "holds control characters", false),
				new Problem("description", "is 4001 characters long; at most 4000 are allowed", false),
				new Problem("attribute[kind]", "must be one of [bent], not 'x'", false));

		assertThat(form.problems(SIGN, refused, this.messages, Locale.ENGLISH)).extracting(PageProblem::field)
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
