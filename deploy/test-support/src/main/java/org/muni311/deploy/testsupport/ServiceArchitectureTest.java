package org.muni311.deploy.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The platform's structure ({@link ArchitectureRules}) as the tests every module runs: a
 * module's {@code ArchitectureTest} extends this with its root package, and adds the
 * rules of its own.
 */
public abstract class ServiceArchitectureTest {

	private final String root;

	private final JavaClasses classes;

	protected ServiceArchitectureTest(String root) {
		this.root = root;
		this.classes = ArchitectureRules.mainClasses(root);
	}

	@Test
	void featurePackagesFormNoCycles() {
		ArchitectureRules.featurePackagesFreeOfCycles(this.root).check(this.classes);
	}

	@Test
	void usesNoOtherServicesCode() {
		ArchitectureRules.staysInsideTheService(this.root).check(this.classes);
	}

	@Test
	void takesBeansAsConstructorParameters() {
		ArchitectureRules.NO_FIELD_INJECTION.check(this.classes);
	}

	@Test
	void logsRatherThanPrints() {
		ArchitectureRules.NO_CONSOLE_OUTPUT.check(this.classes);
	}

	@Test
	void readsTheTimeFromTheInjectedClock() {
		ArchitectureRules.TIME_FROM_THE_CLOCK.check(this.classes);
	}

	@Test
	void letsOutOfMemoryEndTheJvm() {
		ArchitectureRules.NO_CATCHING_OUT_OF_MEMORY.check(this.classes);
	}

}
