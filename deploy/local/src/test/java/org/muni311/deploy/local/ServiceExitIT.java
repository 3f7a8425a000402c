package org.muni311.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.embedded.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A service that dies after the platform is up is reported with its name, exit code and log. */
class ServiceExitIT {

	private static LocalPlatform platform;

	@BeforeAll
	static void start() throws Exception {
		Path home = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
		LocalPlatform.Ports ports = new LocalPlatform.Ports(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
				FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick());
		platform = LocalPlatform.start(home, Files.createTempDirectory("muni311-exit"), ports);
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.stop();
		}
	}

	@Test
	void aServiceKilledAfterStartIsReportedWithItsExitCodeAndLog() {
		assertThat(platform.processes()).containsOnlyKeys("intake-service", "routing-service", "notification-service",
				"platform");
		assertThat(platform.processes().get("platform").pid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(platform.unexpectedExit()).isNotDone();

		platform.processes().get("routing-service").destroyForcibly();

		await().atMost(Duration.ofSeconds(30)).until(() -> platform.unexpectedExit().isDone());
		ServiceExit exit = platform.unexpectedExit().join();
		assertThat(exit.name()).isEqualTo("routing-service");
		assertThat(exit.exitCode()).isEqualTo(137);
		assertThat(exit.log().getFileName()).hasToString("routing-service.log");
		assertThat(platform.processes().get("intake-service").isAlive()).isTrue();
	}

}
