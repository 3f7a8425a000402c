package org.muni311.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.ArchitectureRules;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;
import org.muni311.municipality.MunicipalityAdministration;
import org.muni311.municipality.layer.Bounds;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The intake service keeps the platform's structure (see {@link ArchitectureRules}). */
class ArchitectureTest {

	/** The packages of the five channels (the agents' API and console are one actor's). */
	private static final List<String> CHANNELS = List.of("open311", "agent", "resident", "social");

	private final JavaClasses intake = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.muni311.intake");

	@Test
	void featurePackagesFormNoCyclesAndStayInsideTheService() {
		ArchitectureRules.check("org.muni311.intake", "org.muni311.municipality");
	}

	@Test
	void theRequestSideReadsMunicipalitiesOnlyThroughTheirInterface() {
		noClasses().should()
			.dependOnClassesThat(resideInAPackage("org.muni311.municipality..").and(not(belongToAnyOf(
					Municipalities.class, Municipality.class, Bounds.class, MunicipalityAdministration.class))))
			.because("the clerk's room is changed through its admin API; the request side only reads it")
			.check(this.intake);
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
				.check(this.intake);
		}
	}

	@Test
	void timeComesFromTheInjectedClock() {
		noClasses().should()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.because("tests set the time through the Clock bean")
			.check(this.intake);
	}

}
