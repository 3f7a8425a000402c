package org.muni311.intake.request;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.contracts.municipality.ServiceDefinition.AttributeValue;
import org.muni311.municipality.Municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules every channel's submission is checked by: each value type once, and the check
 * of a whole one.
 */
class SharedRulesTest {

	private static final ServiceDefinition SIGN = new ServiceDefinition("sign", Map.of("en", "Sign"), null, null, null,
			"realtime", List.of(new Attribute("kind", "singlevaluelist", true, true, 1, Map.of("en", "Kind?"), null,
					List.of(new AttributeValue("bent", Map.of("en", "Bent"))))),
			null);

	private static final Municipality TOWN = new Municipality(
			"town.example", 1L, new MunicipalityConfiguration("town.example", Map.of("en", "Town"), "America/Toronto",
					List.of("en", "fr"), null, null, null, List.of(SIGN), null, null, null, null),
			null, null, null, null);

	@Test
	void coordinatesArePlainDecimalDegreesInRange() {
		assertThat(Coordinates.parse(" 45.4215 ", "-75.6972")).isEqualTo(new Coordinates(45.4215, -75.6972));
		assertThat(Coordinates.parse(" ", null)).as("none given").isNull();
		for (String lat : List.of("0x1p3", "4.5E1", "NaN", "Infinity", "45,42", "91", "-90.0001")) {
			assertThatExceptionOfType(RefusedException.class).as(lat)
				.isThrownBy(() -> Coordinates.parse(lat, "0"))
				.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::field).containsExactly("lat"));
		}
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> Coordinates.parse("95", "-180.5"))
			.satisfies((ex) -> assertThat(ex.messages()).containsExactly("lat must be between -90 and 90, not '95'",
					"long must be between -180 and 180, not '-180.5'"));
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> Coordinates.parse("45", ""))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					new Problem("long", "is missing: lat and long go together, both as decimal degrees", true)));
	}

	@Test
	void anEmailAddressIsCheckedByOneRuleForReportersAndFollowers() {
		assertThat(Email.parse(" Ana@Example.org ")).isEqualTo(new Email("Ana@Example.org"));
		assertThat(Email.parse(" ")).isNull();
		for (String address : List.of("not-an-address", "a@b", "a b@example.org", "a@exa\u0007mple.org",
				"x".repeat(65) + "@example.org", "a@" + "b".repeat(250) + ".org")) {
			assertThatExceptionOfType(RefusedException.class).as(address)
				.isThrownBy(() -> Email.parse(address))
				.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::field).containsExactly("email"));
		}
		assertThat(Email.read("a@exa\u0007mple.org")).as("a follower's address, by the same rule").isEmpty();
	}

	@Test
	void aPhoneNumberHoldsDigitsAndWhatPeopleWriteBetweenThem() {
		assertThat(Phone.parse("+1 (613) 555-0100").key()).isEqualTo("6135550100");
		for (String number : List.of("call me", "12", "+1 613 555 0100 ext. 4", "1".repeat(41))) {
			assertThatExceptionOfType(RefusedException.class).as(number).isThrownBy(() -> Phone.parse(number));
		}
	}

	@Test
	void rejectsDescriptionLongerThan4000Characters() {
		assertThat(Description.parse("d".repeat(4000)).text()).hasSize(4000);
		assertThat(Description.parse("two\nlines\tand a tab").text()).contains("\n");
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> Description.parse("d".repeat(4001)))
			.withMessage("description is 4001 characters long; at most 4000 are allowed");
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> Description.parse("bell\u0007"))
			.withMessageStartingWith("description holds control characters");
	}

	@Test
	void aContactListsEveryFieldThatIsWrong() {
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> Contact.of("A".repeat(201), "Roy\u0000", "nope", "call me", null, null, null))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::field)
				.containsExactly("first_name", "last_name", "email", "phone"));
		assertThat(Contact.of(" Ana ", null, "ana@example.org", "613 555 0100", null, null, "@ana"))
			.isEqualTo(new Contact("ana@example.org", "Ana", null, "613 555 0100", null, null, "@ana"));
	}

	@Test
	void aSubmissionIsRefusedWithEveryProblemOnItsField() {
		Submission submission = Submission.of("sign")
			.at("91", null)
			.description("d".repeat(4001))
			.contact(null, null, "not-an-address", null)
			.language("de");

		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> SubmissionCheck.check(submission, TOWN))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::field)
				.containsExactly("attribute[kind]", "lat", "long", "description", "email", "locale"));
	}

	@Test
	void aSubmissionNeedsAServiceOfTheCatalogueAndALocation() {
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> SubmissionCheck.check(Submission.of("dragon"), TOWN))
			.satisfies((ex) -> assertThat(ex.messages()).containsExactly(
					"service_code 'dragon' is not a service of town.example: see services.json",
					"location is required: lat and long, address_string or address_id"));
	}

	@Test
	void aGoodSubmissionBecomesTheRequestToFile() {
		SubmissionCheck.Checked checked = SubmissionCheck.check(Submission.of("sign")
			.at("45.42", "-75.69")
			.description(" Bent ")
			.contact("Ana", null, "ana@example.org", null)
			.language("fr_CA")
			.answers(Map.of("kind", List.of(" bent "))), TOWN);

		assertThat(checked.service()).isEqualTo(SIGN);
		assertThat(checked.request().location().lat()).isEqualTo(45.42);
		assertThat(checked.request().description()).isEqualTo("Bent");
		assertThat(checked.request().language()).isEqualTo("fr");
		assertThat(checked.request().attributes()).containsEntry("kind", List.of("bent"));
	}

	@Test
	void aServiceTheChannelChoseItselfAsksNoQuestions() {
		ServiceDefinition unclassified = new ServiceDefinition("unclassified", Map.of("en", "Unclassified"), Map.of(),
				null, null, "realtime", null, null);

		assertThat(SubmissionCheck.check(Submission.classified(SIGN).address("rue Elgin", null), TOWN)
			.request()
			.attributes()).isEmpty();
		assertThat(
				SubmissionCheck.check(Submission.classified(unclassified).address("rue Elgin", null), TOWN).service())
			.isEqualTo(unclassified);
	}

}
