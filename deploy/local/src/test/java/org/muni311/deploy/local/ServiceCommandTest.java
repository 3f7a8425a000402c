package org.muni311.deploy.local;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each service child is started with. */
class ServiceCommandTest {

	private final Service intake = new Service("intake-service", 18080, "muni311-intake");

	@Test
	void tellsEachServiceTheRunnersPidAndThatTopicsHaveOneReplica() {
		assertThat(ServiceCommand.environment(this.intake, "127.0.0.1:9092", "mongodb://127.0.0.1:1/muni311-intake",
				3025, 4242))
			.containsEntry("MUNI311_PARENT_PID", "4242")
			.containsEntry("MUNI311_KAFKA_TOPIC_REPLICAS", "1")
			.containsEntry("PORT", "18080")
			.containsEntry("MANAGEMENT_SERVER_PORT", "19180")
			.containsEntry("SPRING_MAIL_PORT", "3025")
			.containsEntry("SPRING_MONGODB_URI", "mongodb://127.0.0.1:1/muni311-intake");
	}

	@Test
	void putsExtraJavaOptionsBeforeTheJarWithTheServiceNameInPlaceOfItsPlaceholder() {
		assertThat(ServiceCommand.command("java", Path.of("intake.jar"),
				" -XX:StartFlightRecording=filename=/tmp/{service}.jfr,settings=profile  -Dx=1 ", "intake-service"))
			.containsExactly("java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
					"-XX:StartFlightRecording=filename=/tmp/intake-service.jfr,settings=profile", "-Dx=1", "-jar",
					"intake.jar");
	}

	@Test
	void addsNothingWithoutExtraJavaOptions() {
		assertThat(ServiceCommand.command("java", Path.of("intake.jar"), null, "intake-service")).containsExactly(
				"java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar", "intake.jar");
	}

}
