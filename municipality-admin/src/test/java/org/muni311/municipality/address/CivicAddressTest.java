package org.muni311.municipality.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The forgiving match of civic addresses: what people vary reduces to one key. */
class CivicAddressTest {

	@Test
	void forgivesCaseAbbreviationsPunctuationUnitsAndTheTownAfterTheStreet() {
		String key = CivicAddress.key("123 Main Street North").orElseThrow();

		assertThat(key).isEqualTo("123 main street north");
		for (String typed : new String[] { "123 main st n", "123 MAIN ST. N.", "Apt 4, 123 Main St N",
				"123 Main St N #4", "123 Main St N Unit 12B", "5-123 Main St N",
				"123 Main Street N, Smalltown, ON K0A 1A0", "  123   Main  St  North ",
				"Suite 200, 123 Main St. North" }) {
			assertThat(CivicAddress.key(typed)).as(typed).contains(key);
		}
	}

	@Test
	void tellsASaintFromAStreetAndForgivesAccentsAndFrenchAbbreviations() {
		assertThat(CivicAddress.key("45 St Laurent Blvd")).contains("45 saint laurent boulevard");
		assertThat(CivicAddress.key("45 Saint-Laurent Boulevard")).contains("45 saint laurent boulevard");
		assertThat(CivicAddress.key("12 ch. de la Montée-Sainte-Anne")).contains("12 chemin de la montee sainte anne");
		assertThat(CivicAddress.key("12 Chemin de la Montee Ste-Anne")).contains("12 chemin de la montee sainte anne");
		assertThat(CivicAddress.key("7 rue Élisabeth, app. 3")).contains("7 rue elisabeth");
	}

	@Test
	void keepsWhatMakesTwoAddressesDifferent() {
		assertThat(CivicAddress.key("123 Main St")).isNotEqualTo(CivicAddress.key("125 Main St"));
		assertThat(CivicAddress.key("123A Main St")).isNotEqualTo(CivicAddress.key("123 Main St"));
		assertThat(CivicAddress.key("123 Main St N")).isNotEqualTo(CivicAddress.key("123 Main St S"));
		assertThat(CivicAddress.key("123 Main St")).isNotEqualTo(CivicAddress.key("123 Main Ave"));
		assertThat(CivicAddress.key("40 Unity Rd")).as("a unit designator only as a word").contains("40 unity road");
	}

	@Test
	void hasNoKeyWithoutACivicNumberAndAStreet() {
		assertThat(CivicAddress.key("Main Street")).isEmpty();
		assertThat(CivicAddress.key("123")).isEmpty();
		assertThat(CivicAddress.key("near the library")).isEmpty();
		assertThat(CivicAddress.key("")).isEmpty();
		assertThat(CivicAddress.key(null)).isEmpty();
	}

}
