package org.muni311.intake;

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
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The intake service keeps the platform's structure (see {@link ArchitectureRules}). */
class ArchitectureTest {

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

}
