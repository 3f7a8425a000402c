package org.muni311.deploy.benchmark;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The benchmark's command line. */
class OptionsTest {

	@Test
	void defaultsToTheDocumentedRatesAndThirtySecondsEach() {
		Options options = Options.parse();

		assertThat(options.rates()).containsExactly(25, 50, 100, 200, 400, 800);
		assertThat(options.seconds()).isEqualTo(30);
		assertThat(options.closedLoopSeconds()).isEqualTo(15);
		assertThat(options.connections()).isEqualTo(16);
		assertThat(options.skipBaselines()).isFalse();
		assertThat(options.warmUpSeconds()).isEqualTo(60);
		assertThat(options.cold()).isFalse();
	}

	@Test
	void readsRatesSecondsAndPreload() {
		Options options = Options.parse("--rates", "100, 400", "--seconds", "10", "--preload", "100000",
				"--skip-baselines", "--warm-up-seconds", "0", "--cold");

		assertThat(options.rates()).isEqualTo(List.of(100, 400));
		assertThat(options.seconds()).isEqualTo(10);
		assertThat(options.preload()).isEqualTo(100_000);
		assertThat(options.skipBaselines()).isTrue();
		assertThat(options.warmUpSeconds()).isZero();
		assertThat(options.cold()).isTrue();
	}

	@Test
	void rejectsAnUnknownOptionWithTheUsage() {
		assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--rate", "5"))
			.withMessageContaining("Unknown option --rate")
			.withMessageContaining("Usage");
	}

	@Test
	void rejectsARateThatIsNotANumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--rates", "25,fast"))
			.withMessageContaining("--rates");
	}

}
