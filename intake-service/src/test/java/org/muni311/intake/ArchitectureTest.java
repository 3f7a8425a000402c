package org.muni311.intake;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.ArchitectureRules;

/** The intake service keeps the platform's structure (see {@link ArchitectureRules}). */
class ArchitectureTest {

	private static final String ROOT = "org.muni311.intake";

	private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(ROOT);

	@Test
	void featurePackagesFormNoCycles() {
		ArchitectureRules.featurePackagesFreeOfCycles(ROOT).check(CLASSES);
	}

	@Test
	void usesNoOtherServicesCode() {
		ArchitectureRules.staysInsideTheService(ROOT).check(CLASSES);
	}

	@Test
	void takesBeansAsConstructorParameters() {
		ArchitectureRules.NO_FIELD_INJECTION.check(CLASSES);
	}

	@Test
	void logsRatherThanPrints() {
		ArchitectureRules.NO_CONSOLE_OUTPUT.check(CLASSES);
	}

	@Test
	void readsTheTimeFromTheInjectedClock() {
		// read the system clock today, to be fixed with the one filing path (issue 14);
		// the list only shrinks
		ArchitectureRules.checkTimeFromTheClock(CLASSES, "org.muni311.intake.agent.AgentController",
				"org.muni311.intake.console.CallerRequestController", "org.muni311.intake.open311.SearchParameters",
				"org.muni311.intake.open311.UpdatesController");
	}

	@Test
	void letsOutOfMemoryEndTheJvm() {
		ArchitectureRules.NO_CATCHING_OUT_OF_MEMORY.check(CLASSES);
	}

}
