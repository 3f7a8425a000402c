package org.muni311.intake;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.ArchitectureRules;
import org.muni311.municipality.GoLive;
import org.muni311.municipality.GoLiveCheck;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;
import org.muni311.municipality.MunicipalityAdministration;
import org.muni311.municipality.address.AddressPoints.Placement;
import org.muni311.municipality.layer.Bounds;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The intake service keeps the platform's structure (see {@link ArchitectureRules}). */
class ArchitectureTest {

	private static final String ROOT = "org.muni311.intake";

	/**
	 * The packages of the five channels (the agents' API and console are one actor's).
	 */
	private static final List<String> CHANNELS = List.of("open311", "agent", "resident", "social");

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
			.dependOnClassesThat(resideInAPackage("org.muni311.municipality..")
				.and(not(belongToAnyOf(Municipalities.class, Municipality.class, Bounds.class,
						MunicipalityAdministration.class, Placement.class, GoLive.class, GoLiveCheck.class))))
			.because("the clerk's room is changed through its admin API; the request side only reads it (and adds "
					+ "its lines to the go-live checklist)")
			.check(CLASSES);
	}

	@Test
	void channelsFileThroughTheFilingServiceNotThroughEachOther() {
		for (String channel : CHANNELS) {
			noClasses().that()
				.resideInAPackage("org.muni311.intake." + channel + "..")
				.should()
				.dependOnClassesThat(resideInAnyPackage(CHANNELS.stream()
					.filter((other) -> !other.equals(channel))
					.map((other) -> "org.muni311.intake." + other + "..")
					.toArray(String[]::new)))
				.because("every channel is an adapter onto the filing service (request.RequestIntake), which holds "
						+ "the rules they share")
				.check(CLASSES);
		}
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
