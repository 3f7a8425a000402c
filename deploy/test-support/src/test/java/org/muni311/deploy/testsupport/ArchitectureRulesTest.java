package org.muni311.deploy.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each rule finds what it forbids in a class written to break it, and passes the same
 * class written as the services do: a service's {@code ArchitectureTest} cannot pass
 * because a rule sees nothing.
 */
class ArchitectureRulesTest {

	@Test
	void timeFromTheClockFindsEveryReadingOfTheSystemClock() {
		assertThat(violations(ArchitectureRules.TIME_FROM_THE_CLOCK, ReadsTheSystemClock.class)).hasSize(8)
			.anyMatch((line) -> line.contains("calls method <java.time.Instant.now()>"))
			.anyMatch((line) -> line.contains("references method <java.time.Instant.now()>"))
			.anyMatch((line) -> line.contains("<java.time.LocalDateTime.now()>"))
			.anyMatch((line) -> line.contains("<java.time.LocalDate.now()>"))
			.anyMatch((line) -> line.contains("<java.time.ZonedDateTime.now()>"))
			.anyMatch((line) -> line.contains("<java.lang.System.currentTimeMillis()>"))
			.anyMatch((line) -> line.contains("<java.util.Date.<init>()>"))
			.anyMatch((line) -> line.contains("<java.time.Clock.systemUTC()>"));
	}

	@Test
	void timeFromTheClockPassesTimeReadFromAGivenClock() {
		assertThat(violations(ArchitectureRules.TIME_FROM_THE_CLOCK, ReadsTheGivenClock.class)).isEmpty();
	}

	@Test
	void knownClockBypassesAreToleratedOnlyWhileTheyLast() {
		JavaClasses both = classes(ReadsTheSystemClock.class, ReadsTheGivenClock.class);
		assertThatCode(() -> ArchitectureRules.checkTimeFromTheClock(both, ReadsTheSystemClock.class.getName()))
			.doesNotThrowAnyException();
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ArchitectureRules.checkTimeFromTheClock(both))
			.withMessageContaining(ReadsTheSystemClock.class.getName());
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ArchitectureRules.checkTimeFromTheClock(both, ReadsTheSystemClock.class.getName(),
					ReadsTheGivenClock.class.getName(), "org.muni311.Gone"))
			.withMessageContaining("no longer")
			.withMessageContaining(ReadsTheGivenClock.class.getName())
			.withMessageContaining("org.muni311.Gone");
	}

	@Test
	void noCatchingOutOfMemoryFindsItAloneAndInAMultiCatch() {
		assertThat(violations(ArchitectureRules.NO_CATCHING_OUT_OF_MEMORY, CatchesOutOfMemory.class)).hasSize(2)
			.allMatch((line) -> line.contains("catches OutOfMemoryError"));
		assertThat(violations(ArchitectureRules.NO_CATCHING_OUT_OF_MEMORY, CatchesWhatItCanHandle.class)).isEmpty();
	}

	@Test
	void noConsoleOutputFindsPrintingAndPrintedStackTraces() {
		assertThat(violations(ArchitectureRules.NO_CONSOLE_OUTPUT, Prints.class)).hasSize(3)
			.anyMatch((line) -> line.contains("<java.lang.System.out>"))
			.anyMatch((line) -> line.contains("<java.lang.System.err>"))
			.anyMatch((line) -> line.contains("printStackTrace()"));
		assertThat(violations(ArchitectureRules.NO_CONSOLE_OUTPUT, ReadsTheGivenClock.class)).isEmpty();
	}

	@Test
	void noFieldInjectionFindsAnInjectedFieldButNotAnInjectedConstructor() {
		assertThat(violations(ArchitectureRules.NO_FIELD_INJECTION, InjectsAField.class)).singleElement()
			.asString()
			.contains("InjectsAField.work");
	}

	private static List<String> violations(ArchRule rule, Class<?>... types) {
		return rule.evaluate(classes(types)).getFailureReport().getDetails();
	}

	private static JavaClasses classes(Class<?>... types) {
		return new ClassFileImporter().importClasses(types);
	}

	static class ReadsTheSystemClock {

		Object[] now() {
			Supplier<Instant> later = Instant::now;
			return new Object[] { Instant.now(), later, LocalDateTime.now(), LocalDate.now(), ZonedDateTime.now(),
					System.currentTimeMillis(), new Date(), Clock.systemUTC() };
		}

	}

	static class ReadsTheGivenClock {

		private final Clock clock;

		ReadsTheGivenClock(Clock clock) {
			this.clock = clock;
		}

		Object[] now() {
			return new Object[] { Instant.now(this.clock), LocalDate.now(this.clock), this.clock.instant(),
					new Date(this.clock.millis()), System.nanoTime() };
		}

	}

	static class CatchesOutOfMemory {

		void alone(Runnable work) {
			try {
				work.run();
			}
			catch (OutOfMemoryError ex) {
				work.run();
			}
		}

		void inAMultiCatch(Runnable work) {
			try {
				work.run();
			}
			catch (IllegalStateException | OutOfMemoryError ex) {
				work.run();
			}
		}

	}

	static class CatchesWhatItCanHandle {

		void run(Runnable work) {
			try {
				work.run();
			}
			catch (IllegalStateException ex) {
				work.run();
			}
		}

	}

	static class Prints {

		void print(Exception ex) {
			System.out.println("out");
			System.err.println("err");
			ex.printStackTrace();
		}

	}

	static class InjectsAField {

		@Autowired
		Runnable work;

		private final Runnable other;

		@Autowired
		InjectsAField(Runnable other) {
			this.other = other;
		}

	}

}
