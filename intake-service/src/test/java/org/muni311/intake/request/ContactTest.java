package org.muni311.intake.request;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an agent's look-up matches a caller's phone number or email address, however it was
 * written.
 */
class ContactTest {

	@Test
	void aPhoneNumberIsItsDigitsWithoutTheNorthAmericanCountryCode() {
		assertThat(Contact.phoneKey("+1 (613) 555-0100")).isEqualTo("6135550100");
		assertThat(Contact.phoneKey("613.555.0100")).isEqualTo("6135550100");
		assertThat(Contact.phoneKey("1-613-555-0100")).isEqualTo("6135550100");
		assertThat(Contact.phoneKey("+33 1 23 45 67 89")).as("another country keeps its code").isEqualTo("33123456789");
		assertThat(Contact.phoneKey("( )")).isNull();
		assertThat(Contact.phoneKey(null)).isNull();
	}

	@Test
	void anEmailAddressIsTrimmedAndInLowerCase() {
		assertThat(Contact.emailKey(" Ana.Roy@Example.ORG ")).isEqualTo("ana.roy@example.org");
		assertThat(Contact.emailKey(" ")).isNull();
	}

	@Test
	void aContactAsGivenCarriesItsKeys() {
		Contact contact = new Contact("Ana@Example.org", "Ana", null, "613 555 0100", null, null, null);

		assertThat(contact.phone()).as("kept as given, to show").isEqualTo("613 555 0100");
		assertThat(contact.phoneKey()).isEqualTo("6135550100");
		assertThat(contact.emailKey()).isEqualTo("ana@example.org");
	}

}
