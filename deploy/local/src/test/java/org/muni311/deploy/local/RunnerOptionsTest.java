package org.muni311.deploy.local;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code run.sh}'s options: one instance of each service unless told, nothing unknown.
 */
class RunnerOptionsTest {

	@Test
	void startsOneInstanceOfEachServiceWithoutOptions() {
		assertThat(RunnerOptions.parse(List.of())).isEqualTo(new RunnerOptions(1, false));
	}

	@Test
	void readsTheNumberOfInstancesInEitherForm() {
		assertThat(RunnerOptions.parse(List.of("--instances", "2")).instances()).isEqualTo(2);
		assertThat(RunnerOptions.parse(List.of("--instances=3")).instances()).isEqualTo(3);
		assertThat(RunnerOptions.parse(List.of("--help")).help()).isTrue();
	}

	@Test
	void refusesAnOptionItDoesNotKnowNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> RunnerOptions.parse(List.of("--instance", "2")))
			.withMessage("Unknown option: --instance");
		assertThatIllegalArgumentException().isThrownBy(() -> RunnerOptions.parse(List.of("2")))
			.withMessage("Unknown option: 2");
	}

	@Test
	void refusesAMissingOrBadNumberOfInstances() {
		assertThatIllegalArgumentException().isThrownBy(() -> RunnerOptions.parse(List.of("--instances")))
			.withMessageContaining("needs a number");
		assertThatIllegalArgumentException().isThrownBy(() -> RunnerOptions.parse(List.of("--instances", "two")))
			.withMessageContaining("needs a number: two");
		assertThatIllegalArgumentException().isThrownBy(() -> RunnerOptions.parse(List.of("--instances=0")))
			.withMessageContaining("between 1 and 4");
		assertThatIllegalArgumentException().isThrownBy(() -> RunnerOptions.parse(List.of("--instances", "5")))
			.withMessageContaining("between 1 and 4");
	}

}
