package org.muni311.deploy.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muni311.deploy.embedded.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A child process as the runner watches it: while it starts, and after. */
class ServiceProcessTest {

	@TempDir
	Path logs;

	@Test
	void failsAtOnceWithItsLogWhenTheChildExitsWhileStarting() {
		Path log = this.logs.resolve("intake-service.log");
		ServiceProcess child = ServiceProcess.start("intake-service",
				List.of("sh", "-c", "echo 'Port 8080 was already in use'; exit 3"), Map.of(), log);
		URI nobodyListens = URI.create("http://127.0.0.1:" + FreePorts.pick() + "/actuator/health");

		assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThatThrownBy(() -> child.awaitHealthy(nobodyListens, Duration.ofMinutes(3)))
					.isInstanceOf(ServiceFailedException.class)
					.hasMessageContaining("intake-service exited with code 3")
					.hasMessageContaining(log.toString())
					.hasMessageContaining("Port 8080 was already in use"));
	}

	@Test
	void reportsTheExitCodeOfAChildThatEndsLater() {
		ServiceProcess child = ServiceProcess.start("routing-service", List.of("sh", "-c", "read line; exit 7"),
				Map.of(), this.logs.resolve("routing-service.log"));
		assertThat(child.onExit()).isNotDone();

		child.handle().destroy();

		await().atMost(Duration.ofSeconds(10)).until(() -> child.onExit().isDone());
		assertThat(child.onExit().join()).isNotZero();
	}

	@Test
	void passesTheEnvironmentItIsGiven() {
		Path log = this.logs.resolve("notification-service.log");
		ServiceProcess child = ServiceProcess.start("notification-service",
				List.of("sh", "-c", "echo parent=$MUNI311_PARENT_PID"), Map.of("MUNI311_PARENT_PID", "4242"), log);

		await().atMost(Duration.ofSeconds(10)).until(() -> child.onExit().isDone());
		assertThat(child.tail()).isEqualTo("parent=4242");
	}

}
