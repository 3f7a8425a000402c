package org.muni311.municipality.template;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The standard template is complete enough to copy as it is: bilingual, consistent, every
 * datatype shown.
 */
class CatalogueTemplatesTest {

	private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final CatalogueTemplate standard = new CatalogueTemplates().standard();

	@Test
	void everyTextOfTheStandardTemplateIsInEnglishAndFrench() {
		assertThat(BilingualCheck.untranslated(this.standard)).as("texts missing a language").isEmpty();
	}

	@Test
	void hasAGroupForEachUsualKindOfRequestAndAboutThirtyServices() {
		assertThat(this.standard.groups()).extracting(ServiceGroup::code)
			.containsExactly("roads", "streetlights", "waste", "water-sewer", "parks-trees", "bylaw", "animals", "snow",
					"traffic", "clean-streets");
		assertThat(this.standard.services()).hasSizeBetween(25, 35);
	}

	@Test
	void everyServiceIsInAGroupOfTheTemplateAndEveryGroupHasAService() {
		Set<String> groups = codes(this.standard.groups(), ServiceGroup::code);
		assertThat(this.standard.services()).allSatisfy((service) -> assertThat(groups).contains(service.group()));
		assertThat(this.standard.services()).extracting(ServiceDefinition::group).containsAll(groups);
	}

	@Test
	void codesAreUniqueAndKebabCase() {
		assertThat(this.standard.groups()).extracting(ServiceGroup::code)
			.doesNotHaveDuplicates()
			.allMatch((code) -> KEBAB_CASE.matcher(code).matches());
		assertThat(this.standard.services()).extracting(ServiceDefinition::code)
			.doesNotHaveDuplicates()
			.allMatch((code) -> KEBAB_CASE.matcher(code).matches());
		assertThat(this.standard.services()).allSatisfy((service) -> {
			assertThat(service.attributes()).extracting(Attribute::code)
				.doesNotHaveDuplicates()
				.allMatch((code) -> KEBAB_CASE.matcher(code).matches());
			assertThat(service.attributes()).extracting(Attribute::order).doesNotHaveDuplicates();
		});
	}

	@Test
	void listAttributesHaveValuesWithUniqueKeysAndOthersHaveNone() {
		List<Attribute> attributes = attributes();
		assertThat(attributes).filteredOn(Attribute::takesValues).allSatisfy((attribute) -> {
			assertThat(attribute.values()).as(attribute.code()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(attribute.values()).extracting(ServiceDefinition.AttributeValue::key).doesNotHaveDuplicates();
		});
		assertThat(attributes).filteredOn((attribute) -> !attribute.takesValues())
			.allSatisfy((attribute) -> assertThat(attribute.values()).as(attribute.code()).isEmpty());
	}

	@Test
	void usesEveryOpen311DatatypeSomewhereAndNoOther() {
		assertThat(attributes()).extracting(Attribute::datatype)
			.containsOnly(ServiceDefinition.DATATYPES.toArray(String[]::new))
			.contains(ServiceDefinition.DATATYPES.toArray(String[]::new));
	}

	@Test
	void informationShownToResidentsIsNeverRequired() {
		assertThat(attributes()).filteredOn((attribute) -> !attribute.variable())
			.isNotEmpty()
			.allSatisfy((attribute) -> assertThat(attribute.required()).as(attribute.code()).isFalse());
	}

	@Test
	void servicesHaveAnOpen311TypeKeywordsInBothLanguagesAndAPlausibleResponseTime() {
		assertThat(this.standard.services()).allSatisfy((service) -> {
			assertThat(ServiceDefinition.TYPES).as(service.code()).contains(service.type());
			assertThat(service.keywords()).as(service.code()).hasSizeGreaterThanOrEqualTo(4);
			if (service.expectedResponseHours() != null) {
				assertThat(service.expectedResponseHours()).as(service.code()).isBetween(1, 24 * 60);
			}
		});
		ServiceDefinition waterMainBreak = this.standard.services()
			.stream()
			.filter((service) -> service.code().equals("water-main-break"))
			.findFirst()
			.orElseThrow();
		assertThat(waterMainBreak.expectedResponseHours()).isEqualTo(4);
	}

	@Test
	void theBilingualCheckFindsAMissingFrenchText() {
		ServiceDefinition englishOnly = new ServiceDefinition("pothole", Map.of("en", "Pothole"),
				Map.of("en", "A hole", "fr", " "), "roads", List.of(), "realtime", List.of(), 72);
		CatalogueTemplate template = new CatalogueTemplate(
				List.of(new ServiceGroup("roads", Map.of("en", "Roads", "fr", "Routes"))), List.of(englishOnly));

		assertThat(BilingualCheck.untranslated(template)).containsExactly("service pothole name: fr",
				"service pothole description: fr");
	}

	@Test
	void refusesATemplateThatLeavesAFieldOutRatherThanDefaultingIt() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> CatalogueTemplates.read("catalogue/service-without-response-time.json"))
			.withMessageContaining("expectedResponseHours");
	}

	private List<Attribute> attributes() {
		return this.standard.services().stream().flatMap((service) -> service.attributes().stream()).toList();
	}

	private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
		return new HashSet<>(items.stream().map(code).toList());
	}

}
