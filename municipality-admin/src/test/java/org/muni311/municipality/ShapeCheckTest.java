package org.muni311.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of a configuration checked before it is read: every mismatch at once, by its
 * JSON path, in the clerk's terms rather than Java's.
 */
class ShapeCheckTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void acceptsTheFixtureAndTheDemoMunicipalityAsTheyAre() throws IOException {
		assertThat(problems(AdminFixtures.configuration("shape.example", "roads"))).isEmpty();
		try (InputStream demo = getClass().getResourceAsStream("/demo/municipality.json")) {
			assertThat(ShapeCheck.problems(this.json.readTree(demo), MunicipalityConfiguration.class)).isEmpty();
		}
	}

	@Test
	void listsEveryMismatchAtOnceByItsJsonPath() {
		String body = AdminFixtures.configuration("shape.example", "roads")
			.replace("\"expectedResponseHours\": 72", "\"expectedResponseHours\": \"48h\"")
			.replace("\"required\": true", "\"required\": \"yes\"")
			.replace("\"order\": 1", "\"order\": null")
			.replace("\"languages\": [\"en\", \"fr\"]", "\"languages\": \"en\"")
			.replace("\"name\": {\"en\": \"Admin Test\", \"fr\": \"Test d'administration\"}", "\"name\": \"Town\"")
			.replace("\"priority\": 10", "\"priority\": 2.5")
			.replace("\"crews\": [{", "\"crews\": {\"x\": {")
			.replace("\"Roads west\", \"fr\": \"Routes ouest\"}}]", "\"Roads west\", \"fr\": \"Routes ouest\"}}}");

		assertThat(problems(body)).containsExactlyInAnyOrder(
				"services[0].expectedResponseHours: a whole number of hours, not \"48h\"",
				"services[0].attributes[0].required: true or false, not \"yes\"",
				"services[0].attributes[0].order: a whole number, not null", "languages: a list [ ... ], not \"en\"",
				"name: texts by language, such as {\"en\": \"...\", \"fr\": \"...\"}, not \"Town\"",
				"rules[0].priority: a whole number, not 2.5", "crews: a list [ ... ], not an object");
	}

	@Test
	void namesAnUnknownFieldWithTheFieldsAllowedAndTheNearestOne() {
		String body = AdminFixtures.configuration("shape.example", "roads")
			.replace("\"departments\":", "\"departmnets\":")
			.replace("\"expectedResponseHours\": 72", "\"expectedResponseHours\": 72, \"colour\": \"red\"");

		List<String> problems = problems(body);

		assertThat(problems).hasSize(2);
		assertThat(problems.get(0)).startsWith("services[0].colour: not a field here; the fields here are code, name")
			.contains("expectedResponseHours");
		assertThat(problems.get(1)).startsWith("departmnets: not a field here; did you mean 'departments'?")
			.contains("the fields here are jurisdictionId, name, timeZone, languages", "triageDepartment");
	}

	@Test
	void refusesABodyThatIsNotAnObjectAndPutsOddKeysInBrackets() throws IOException {
		assertThat(ShapeCheck.problems(this.json.readTree("[1]"), MunicipalityConfiguration.class))
			.containsExactly("the configuration: an object { ... }, not a list");
		assertThat(problems("{\"name\": {\"en\": 3, \"fr x\": true}}")).containsExactly("name.en: a text, not 3",
				"name[\"fr x\"]: a text, not true");
		assertThat(problems("{\"services\": [null], \"name\": {\"en\": null}, \"contact\": null}"))
			.as("a field may be left null, an entry of a list or of texts may not")
			.containsExactly("services[0]: an object { ... }, not null", "name.en: a text, not null");
	}

	@Test
	void stopsListingAfterAHundredProblems() {
		StringBuilder services = new StringBuilder("{\"services\": [");
		for (int i = 0; i < 500; i++) {
			services.append((i > 0) ? "," : "").append("{\"code\": ").append(i).append('}');
		}
		List<String> problems = problems(services.append("]}").toString());

		assertThat(problems).hasSize(101);
		assertThat(problems.get(100)).isEqualTo("... and 400 more of the same kinds");
	}

	private List<String> problems(String body) {
		JsonNode tree = this.json.readTree(body);
		return ShapeCheck.problems(tree, MunicipalityConfiguration.class);
	}

}
