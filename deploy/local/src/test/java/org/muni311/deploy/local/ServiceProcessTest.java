package org.muni311.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muni311.deploy.embedded.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A child process as the runner watches it: while it starts (as long as it makes
 * progress), and after.
 */
class ServiceProcessTest {

	/** A service still starting: a line every 0.1 s. */
	private static final String WRITES_FOREVER = "while true; do echo starting; sleep 0.1; done";

	@TempDir
	Path logs;

	@Test
	void failsAtOnceWithItsLogWhenTheChildExitsWhileStarting() {
		Path log = this.logs.resolve("intake-service.log");
		ServiceProcess child = ServiceProcess.start("intake-service",
				List.of("sh", "-c", "echo 'Port 8080 was already in use'; exit 3"), Map.of(), log);
		URI nobodyListens = URI.create("http://127.0.0.1:" + FreePorts.pick() + "/actuator/health");

		assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThatThrownBy(() -> child.awaitHealthy(nobodyListens, StartupWait.forProcessors(2)))
					.isInstanceOf(ServiceFailedException.class)
					.hasMessageContaining("intake-service exited with code 3")
					.hasMessageContaining(log.toString())
					.hasMessageContaining("Port 8080 was already in use"));
	}

	@Test
	void waitsPastTheStallTimeWhileTheChildsLogGrows() throws Exception {
		Path log = this.logs.resolve("intake-service.log");
		ServiceProcess child = ServiceProcess.start("intake-service", List.of("sh", "-c", WRITES_FOREVER), Map.of(),
				log);
		int port = FreePorts.pick();
		StartupWait wait = new StartupWait(Duration.ofSeconds(1), Duration.ofSeconds(60));
		// healthy only after more lines than the stall time lets through: 0.1 s apart, 3
		// s or more
		CompletableFuture<HttpServer> health = CompletableFuture.supplyAsync(() -> {
			await().atMost(Duration.ofSeconds(30)).until(() -> lines(log) >= 30);
			return healthy(port);
		});
		try {
			long started = System.nanoTime();

			assertTimeoutPreemptively(Duration.ofSeconds(40),
					() -> child.awaitHealthy(URI.create("http://127.0.0.1:" + port + "/actuator/health"), wait));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(wait.stall().multipliedBy(2));
		}
		finally {
			child.stop(Duration.ofSeconds(5));
			// not joined: after a failure the health endpoint never starts, and the
			// failure is what must show
			health.thenAccept((server) -> server.stop(0));
		}
	}

	@Test
	void givesUpOnAChildThatWritesNothingForTheStallTimeNamingIt() {
		ServiceProcess child = ServiceProcess.start("routing-service",
				List.of("sh", "-c", "echo starting; exec sleep 60"), Map.of(),
				this.logs.resolve("routing-service.log"));
		URI nobodyListens = URI.create("http://127.0.0.1:" + FreePorts.pick() + "/actuator/health");
		try {
			assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> assertThatThrownBy(() -> child.awaitHealthy(nobodyListens,
							new StartupWait(Duration.ofSeconds(2), Duration.ofSeconds(60))))
						.isInstanceOf(ServiceFailedException.class)
						.hasMessageContaining("routing-service did not become healthy: it wrote nothing for 2 s")
						.hasMessageContaining("starting"));
		}
		finally {
			child.stop(Duration.ofSeconds(5));
		}
	}

	@Test
	void givesUpAtTheLimitHoweverTheLogGrows() {
		ServiceProcess child = ServiceProcess.start("notification-service", List.of("sh", "-c", WRITES_FOREVER),
				Map.of(), this.logs.resolve("notification-service.log"));
		URI nobodyListens = URI.create("http://127.0.0.1:" + FreePorts.pick() + "/actuator/health");
		try {
			assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> assertThatThrownBy(() -> child.awaitHealthy(nobodyListens,
							new StartupWait(Duration.ofSeconds(60), Duration.ofSeconds(3))))
						.isInstanceOf(ServiceFailedException.class)
						.hasMessageContaining("notification-service did not become healthy within 3 s"));
		}
		finally {
			child.stop(Duration.ofSeconds(5));
		}
	}

	@Test
	void waitsLongerOnAMachineWithFewerProcessors() {
		assertThat(StartupWait.forProcessors(8).limit()).isEqualTo(Duration.ofSeconds(180));
		assertThat(StartupWait.forProcessors(32).limit()).isEqualTo(Duration.ofSeconds(180));
		assertThat(StartupWait.forProcessors(2).limit()).isEqualTo(Duration.ofSeconds(720));
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

	private static long lines(Path log) throws IOException {
		try (Stream<String> lines = Files.lines(log)) {
			return lines.count();
		}
	}

	/** A health endpoint answering 200 on {@code port}, as a started service's. */
	private static HttpServer healthy(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			server.createContext("/actuator/health", (exchange) -> {
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
