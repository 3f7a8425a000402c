package org.muni311.deploy.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.beans.factory.annotation.Autowired;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure every service keeps, checked on its compiled main classes: feature
 * packages without cycles between them, no service reaching into another service's code,
 * no field injection, no printing to the console, the time read from the injected
 * {@link Clock}, out of memory never caught. Each rule on its own, so that a service's
 * {@code ArchitectureTest} names the one it broke.
 */
public final class ArchitectureRules {

	/** Beans take what they need as constructor parameters. */
	public static final ArchRule NO_FIELD_INJECTION = noFields().should()
		.beAnnotatedWith(Autowired.class)
		.because("a bean takes what it needs as constructor parameters");

	/** Services log; what they print to the console is lost to the logs. */
	public static final ArchRule NO_CONSOLE_OUTPUT = noClasses().should()
		.accessField(System.class, "out")
		.orShould()
		.accessField(System.class, "err")
		.orShould()
		.callMethodWhere(DescribedPredicate.describe("the target is printStackTrace()",
				(call) -> call.getName().equals("printStackTrace") && call.getTarget().getRawParameterTypes().isEmpty()
						&& call.getTargetOwner().isAssignableTo(Throwable.class)))
		.because("a service logs what happens");

	/**
	 * The time comes from the {@link Clock} bean (the system clock in production, a fixed
	 * one in a test), never from the system clock directly: no {@code Instant.now()} and
	 * the like without a clock, no {@code System.currentTimeMillis()}, no
	 * {@code new Date()}, no {@code Clock.systemUTC()} of its own.
	 * {@code System.nanoTime()} measures durations and stays allowed.
	 */
	public static final ArchRule TIME_FROM_THE_CLOCK = classes().should(readTheTimeOnlyFromTheClock())
		.because("the time comes from the injected Clock, so that tests can fix it");

	/**
	 * After an {@link OutOfMemoryError} the heap is in no known state: the JVM ends,
	 * nothing goes on.
	 */
	public static final ArchRule NO_CATCHING_OUT_OF_MEMORY = classes().should(notCatch(OutOfMemoryError.class))
		.because("the services run with -XX:+ExitOnOutOfMemoryError: the JVM ends, it does not go on");

	private static final Set<String> NOW_WITHOUT_A_CLOCK = Stream
		.of(Instant.class, LocalDateTime.class, LocalDate.class, LocalTime.class, ZonedDateTime.class,
				OffsetDateTime.class)
		.map(Class::getName)
		.collect(Collectors.toSet());

	private ArchitectureRules() {
	}

	/**
	 * The main classes (not the tests) of the service whose root package is
	 * {@code rootPackage}.
	 */
	public static JavaClasses mainClasses(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
	}

	/** No cycles between the feature packages right under {@code rootPackage}. */
	public static ArchRule featurePackagesFreeOfCycles(String rootPackage) {
		return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
	}

	/**
	 * The service under {@code rootPackage} uses no other service's code (they talk
	 * through Kafka). A service that deploys another module names that module's root
	 * package in {@code deployed}: its classes may then be used (the service's own test
	 * says which).
	 */
	public static ArchRule staysInsideTheService(String rootPackage, String... deployed) {
		return noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage(otherServices(rootPackage, deployed))
			.because("services talk through their topics and APIs, never through each other's classes");
	}

	/**
	 * {@link #TIME_FROM_THE_CLOCK} for all but the listed classes (fully qualified names,
	 * nested classes included), which read the system clock today and are to be fixed. A
	 * listed class that no longer does, or no longer exists, fails the check too: the
	 * list only shrinks.
	 */
	public static void checkTimeFromTheClock(JavaClasses classes, String... knownBypasses) {
		List<String> known = Arrays.asList(knownBypasses);
		classes().that(areNotAmong(known))
			.should(readTheTimeOnlyFromTheClock())
			.because("the time comes from the injected Clock, so that tests can fix it")
			.allowEmptyShould(true)
			.check(classes);
		List<String> stale = new ArrayList<>();
		for (String name : known) {
			boolean stillBypasses = classes.stream()
				.filter((javaClass) -> belongsTo(javaClass, name))
				.anyMatch((javaClass) -> javaClass.getCodeUnitAccessesFromSelf()
					.stream()
					.anyMatch(ArchitectureRules::readsTheSystemClock));
			if (!stillBypasses) {
				stale.add(name);
			}
		}
		if (!stale.isEmpty()) {
			throw new AssertionError("Listed as reading the system clock but no longer do (or no longer exist): "
					+ stale + ". Take them off the list.");
		}
	}

	/**
	 * The condition of {@link #TIME_FROM_THE_CLOCK}, for a rule on some classes only: the
	 * one that makes the {@link Clock} bean reads the system clock.
	 */
	public static ArchCondition<JavaClass> readTheTimeOnlyFromTheClock() {
		return new ArchCondition<>("read the time only from the injected Clock") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				javaClass.getCodeUnitAccessesFromSelf()
					.stream()
					.filter(ArchitectureRules::readsTheSystemClock)
					.forEach((access) -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
			}
		};
	}

	static boolean readsTheSystemClock(JavaCodeUnitAccess<?> access) {
		String owner = access.getTargetOwner().getName();
		String name = access.getName();
		if (!access.getTarget().getRawParameterTypes().isEmpty()) {
			return false;
		}
		return (NOW_WITHOUT_A_CLOCK.contains(owner) && name.equals("now"))
				|| (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"))
				|| (owner.equals(Date.class.getName()) && name.equals(JavaConstructor.CONSTRUCTOR_NAME))
				|| (owner.equals(Clock.class.getName())
						&& (name.equals("systemUTC") || name.equals("systemDefaultZone")));
	}

	private static ArchCondition<JavaClass> notCatch(Class<? extends Throwable> type) {
		return new ArchCondition<>("not catch " + type.getSimpleName()) {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
					for (TryCatchBlock block : codeUnit.getTryCatchBlocks()) {
						if (block.getCaughtThrowables().stream().anyMatch((caught) -> caught.isEquivalentTo(type))) {
							events.add(SimpleConditionEvent.violated(block, codeUnit.getDescription() + " catches "
									+ type.getSimpleName() + " in " + block.getSourceCodeLocation()));
						}
					}
				}
			}
		};
	}

	private static DescribedPredicate<JavaClass> areNotAmong(List<String> names) {
		return DescribedPredicate.describe("are not among " + names,
				(javaClass) -> names.stream().noneMatch((name) -> belongsTo(javaClass, name)));
	}

	private static boolean belongsTo(JavaClass javaClass, String name) {
		return javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$");
	}

	private static String[] otherServices(String rootPackage, String... deployed) {
		return Stream
			.of("org.muni311.intake..", "org.muni311.municipality..", "org.muni311.routing..",
					"org.muni311.notification..")
			.filter((service) -> !service.startsWith(rootPackage + "."))
			.filter((service) -> Stream.of(deployed).noneMatch((module) -> service.startsWith(module + ".")))
			.toArray(String[]::new);
	}

}
