package org.muni311.municipality;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.ArchitectureRules;

/**
 * The clerk's room keeps the platform's structure (see {@link ArchitectureRules}): it
 * knows no service.
 */
class ArchitectureTest {

	private static final String ROOT = "org.muni311.municipality";

	private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(ROOT);

	@Test
	void featurePackagesFormNoCycles() {
		ArchitectureRules.featurePackagesFreeOfCycles(ROOT).check(CLASSES);
	}

	@Test
	void knowsNoService() {
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
		ArchitectureRules.TIME_FROM_THE_CLOCK.check(CLASSES);
	}

	@Test
	void letsOutOfMemoryEndTheJvm() {
		ArchitectureRules.NO_CATCHING_OUT_OF_MEMORY.check(CLASSES);
	}

}
