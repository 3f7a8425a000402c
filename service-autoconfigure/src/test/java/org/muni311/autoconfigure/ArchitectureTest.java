package org.muni311.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The wiring every service shares keeps the services' rules (see
 * {@link ArchitectureRules}).
 */
class ArchitectureTest {

	private static final String ROOT = "org.muni311.autoconfigure";

	private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(ROOT);

	@Test
	void featurePackagesFormNoCycles() {
		ArchitectureRules.featurePackagesFreeOfCycles(ROOT).check(CLASSES);
	}

	@Test
	void usesNoServicesCode() {
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
		// the one place that reads the system clock: it makes the Clock bean every
		// service is given
		classes().that()
			.doNotHaveFullyQualifiedName("org.muni311.autoconfigure.mongo.StoreAutoConfiguration")
			.should(ArchitectureRules.readTheTimeOnlyFromTheClock())
			.check(CLASSES);
	}

	@Test
	void letsOutOfMemoryEndTheJvm() {
		ArchitectureRules.NO_CATCHING_OUT_OF_MEMORY.check(CLASSES);
	}

}
