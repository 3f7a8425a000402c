package org.muni311.deploy.testsupport;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.beans.factory.annotation.Autowired;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure every service keeps, checked on its compiled classes: feature packages without cycles between
 * them, no field injection, no printing to the console, no service reaching into another service's code.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/**
	 * Checks the service whose root package is {@code rootPackage}, such as {@code org.muni311.intake}. A service
	 * that deploys another module names that module's root package in {@code deployed}: its classes may then be used
	 * (the service's own test says which).
	 */
	public static void check(String rootPackage, String... deployed) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
		slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(classes);
		noFields().should().beAnnotatedWith(Autowired.class).check(classes);
		noClasses().should()
			.accessField(System.class, "out")
			.orShould()
			.accessField(System.class, "err")
			.check(classes);
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage(otherServices(rootPackage, deployed))
			.check(classes);
	}

	private static String[] otherServices(String rootPackage, String... deployed) {
		return Stream
			.of("org.muni311.intake..", "org.muni311.municipality..", "org.muni311.routing..", "org.muni311.notification..")
			.filter((service) -> !service.startsWith(rootPackage + "."))
			.filter((service) -> Stream.of(deployed).noneMatch((module) -> service.startsWith(module + ".")))
			.toArray(String[]::new);
	}

}
