package org.muni311.intake;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.ArchitectureRules;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;
import org.muni311.municipality.MunicipalityAdministration;
import org.muni311.municipality.layer.Bounds;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The intake service keeps the platform's structure (see {@link ArchitectureRules}). */
class ArchitectureTest {

	private static final String ROOT = "org.muni311.intake";

	private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(ROOT);

	@Test
	void featurePackagesFormNoCycles() {
		ArchitectureRules.featurePackagesFreeOfCycles(ROOT).check(CLASSES);
	}

	@Test
	void usesNoOtherServicesCodeButTheClerksRoomItDeploys() {
		ArchitectureRules.staysInsideTheService(ROOT, "org.muni311.municipality").check(CLASSES);
	}

	@Test
	void theRequestSideReadsMunicipalitiesOnlyThroughTheirInterface() {
		noClasses().should()
			.dependOnClassesThat(resideInAPackage("org.muni311.municipality..").and(not(belongToAnyOf(
					Municipalities.class, Municipality.class, Bounds.class, MunicipalityAdministration.class))))
			.because("the clerk's room is changed through its admin API; the request side only reads it")
			.check(CLASSES);
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
		// read the system clock today, to be fixed with the one filing path (issue 14); the list only shrinks
		ArchitectureRules.checkTimeFromTheClock(CLASSES, "org.muni311.intake.agent.api.AgentController",
				"org.muni311.intake.agent.console.CallerRequestController",
				"org.muni311.intake.open311.SearchParameters", "org.muni311.intake.open311.UpdatesController");
	}

	@Test
	void letsOutOfMemoryEndTheJvm() {
		ArchitectureRules.NO_CATCHING_OUT_OF_MEMORY.check(CLASSES);
	}

}
