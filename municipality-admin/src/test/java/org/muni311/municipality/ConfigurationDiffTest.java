package org.muni311.municipality;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two configurations, by the paths a clerk writes. */
class ConfigurationDiffTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void comparesEntriesByTheirCodeSoThatOneAddedInTheMiddleIsOneChange() {
		List<ConfigurationDiff.Change> changes = diff(
				"{\"services\": [{\"code\": \"a\", \"name\": {\"en\": \"A\"}}, {\"code\": \"c\"}]}",
				"{\"services\": [{\"code\": \"a\", \"name\": {\"en\": \"A\", \"fr\": \"A fr\"}}, {\"code\": \"b\"},"
						+ " {\"code\": \"c\"}]}");

		assertThat(changes).extracting(ConfigurationDiff.Change::path)
			.containsExactly("services[a].name.fr", "services[b]");
		assertThat(changes.get(0).before()).isNull();
		assertThat(changes.get(1).after().path("code").asString()).isEqualTo("b");
	}

	@Test
	void comparesOtherListsByPositionAndTellsRemovedFields() {
		List<ConfigurationDiff.Change> changes = diff(
				"{\"rules\": [{\"department\": \"roads\"}, {\"department\": \"parks\"}], \"triageDepartment\": \"t\"}",
				"{\"rules\": [{\"department\": \"roads\"}]}");

		assertThat(changes).extracting(ConfigurationDiff.Change::path).containsExactly("rules[1]", "triageDepartment");
		assertThat(changes).allSatisfy((change) -> assertThat(change.after()).isNull());
	}

	@Test
	void findsNothingBetweenEqualConfigurations() {
		String same = AdminFixtures.configuration("diff.example", "roads");
		assertThat(diff(same, same)).isEmpty();
	}

	private List<ConfigurationDiff.Change> diff(String before, String after) {
		JsonNode was = this.json.readTree(before);
		JsonNode is = this.json.readTree(after);
		return ConfigurationDiff.between(was, is);
	}

}
