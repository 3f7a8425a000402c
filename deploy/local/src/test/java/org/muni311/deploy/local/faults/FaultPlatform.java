package org.muni311.deploy.local.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.muni311.deploy.embedded.FreePorts;
import org.muni311.deploy.local.Service;
import org.muni311.deploy.local.ServiceCommand;

import static org.awaitility.Awaitility.await;

/**
 * The whole platform as separate processes on loopback, so that any part can be killed
 * with SIGKILL and started again: the Kafka broker, the store, {@value #INSTANCES}
 * instances of each of the three services. The mail server runs in the test; notification
 * reaches it, and intake the store, through a {@link TcpProxy} that can be cut. Recovery
 * intervals are shortened so that a scenario settles in seconds.
 */
final class FaultPlatform implements AutoCloseable {

	static final String DEMO = "demo.muni311.org";

	/** Instances of each service, side by side as a deployment runs them. */
	static final int INSTANCES = 2;

	/**
	 * SMTP connections each notification instance sends over at once (the default of
	 * {@code muni311.mail.connections}, set here so the scenarios' bounds follow it).
	 */
	static final int MAIL_CONNECTIONS = 4;

	/**
	 * Recovery passes and retries in about a second, so that each scenario settles
	 * quickly.
	 */
	private static final List<String> SHORT_RECOVERY = List.of("--muni311.outbox.recovery-grace=PT3S",
			"--muni311.outbox.recovery-interval=PT1S", "--muni311.outbox.retry-delay=PT0.5S",
			"--muni311.mail.first-retry=PT0.5S", "--muni311.mail.max-retry=PT2S",
			"--muni311.mail.recovery-interval=PT1S", "--muni311.mail.recovery-grace=PT5S",
			"--muni311.mail.connections=" + MAIL_CONNECTIONS, "--muni311.store.server-selection-timeout=PT2S");

	private final Path data;

	private final int kafkaPort = FreePorts.pick();

	private final int storePort = FreePorts.pick();

	private final ServerSetup smtpSetup = new ServerSetup(FreePorts.pick(), "127.0.0.1", "smtp");

	private final Map<String, Integer> servicePorts = new HashMap<>();

	final ChildProcess broker;

	final ChildProcess store;

	/** Every instance of intake. */
	final List<ChildProcess> intake;

	/** Every instance of routing. */
	final List<ChildProcess> routing;

	/** Every instance of notification. */
	final List<ChildProcess> notification;

	final TcpProxy intakeStore;

	final TcpProxy mailServer;

	final MailTally mail = new MailTally();

	private final GreenMail smtp;

	FaultPlatform(Path home, Path data) throws IOException {
		this.data = data;
		Files.createDirectories(data.resolve("logs"));
		String classpath = System.getProperty("java.class.path");
		this.broker = new ChildProcess("kafka",
				List.of(java(), "-Xmx384m", "-XX:+UseSerialGC", "-cp", classpath,
						"org.muni311.deploy.embedded.KafkaBroker", data.resolve("kafka").toString(),
						Integer.toString(this.kafkaPort), Integer.toString(FreePorts.pick())),
				Map.of(), log("kafka"));
		this.store = new ChildProcess("store",
				List.of(java(), "-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath,
						"org.muni311.deploy.embedded.MongoStore", "memory", Integer.toString(this.storePort)),
				Map.of(), log("store"));
		this.intakeStore = new TcpProxy(this.storePort);
		this.smtp = new GreenMail(this.smtpSetup);
		this.mailServer = new TcpProxy(this.smtpSetup.getPort());
		this.intake = service(home, "intake-service", "muni311-intake", this.intakeStore.port());
		this.routing = service(home, "routing-service", "muni311-routing", this.storePort);
		this.notification = service(home, "notification-service", "muni311-notification", this.storePort);
	}

	void start() {
		this.smtp.start();
		this.broker.start();
		this.store.start();
		awaitListening(this.kafkaPort);
		awaitListening(this.storePort);
		// one instance of each service, then the next: six JVMs starting at once on two
		// cores take minutes
		for (int instance = 0; instance < INSTANCES; instance++) {
			restart(List.of(this.intake.get(instance), this.routing.get(instance), this.notification.get(instance)));
		}
	}

	/** Every instance of every service. */
	List<ChildProcess> services() {
		List<ChildProcess> services = new ArrayList<>(this.intake);
		services.addAll(this.routing);
		services.addAll(this.notification);
		return services;
	}

	/** Starts a killed part again and waits until it serves. */
	void restart(ChildProcess part) {
		restart(List.of(part));
	}

	/** Starts killed parts again, all at once, and waits until each serves. */
	void restart(List<ChildProcess> parts) {
		parts.forEach(ChildProcess::start);
		for (ChildProcess part : parts) {
			if (part == this.broker) {
				awaitListening(this.kafkaPort);
			}
			else if (part != this.store) {
				awaitHealthy(part);
			}
		}
	}

	/**
	 * Kills {@code parts} with SIGKILL, one after the other; returns once all are gone.
	 */
	static void kill(List<ChildProcess> parts) throws InterruptedException {
		for (ChildProcess part : parts) {
			part.kill();
		}
	}

	/**
	 * Undoes any fault still in place: both proxies pass again, and every part that is
	 * down is started again.
	 */
	void heal() {
		smtpUp();
		this.intakeStore.restore();
		List<ChildProcess> parts = new ArrayList<>(List.of(this.broker, this.store));
		parts.addAll(services());
		restart(parts.stream().filter((part) -> !part.isAlive()).toList());
	}

	/** The mail server unreachable for notification; it keeps what it received. */
	void smtpDown() {
		this.mailServer.cut();
	}

	void smtpUp() {
		this.mailServer.restore();
	}

	GreenMail smtp() {
		return this.smtp;
	}

	/** The HTTP port of each intake instance. */
	List<Integer> intakePorts() {
		return this.intake.stream().map((instance) -> this.servicePorts.get(instance.name())).toList();
	}

	String kafkaBootstrapServers() {
		return "127.0.0.1:" + this.kafkaPort;
	}

	/** A direct connection string (not through the proxy) to {@code database}. */
	String mongo(String database) {
		return "mongodb://127.0.0.1:" + this.storePort + "/" + database;
	}

	private List<ChildProcess> service(Path home, String name, String database, int storePort) {
		List<ChildProcess> instances = new ArrayList<>();
		for (int instance = 1; instance <= INSTANCES; instance++) {
			Service service = new Service(name, instance, FreePorts.pick(), database);
			this.servicePorts.put(service.label(), service.port());
			// the JVM flags the build gives every platform it starts
			// (deploy/local/pom.xml)
			List<String> command = new ArrayList<>(ServiceCommand.command(java(), service.jar(home),
					System.getenv(ServiceCommand.JAVA_OPTS), service.label()));
			command.addAll(SHORT_RECOVERY);
			Map<String, String> env = ServiceCommand.environment(service, kafkaBootstrapServers(),
					"mongodb://127.0.0.1:" + storePort + "/" + database, this.mailServer.port(),
					ProcessHandle.current().pid());
			// the load comes from one address and one API key at hundreds a second
			env.put("MUNI311_RATE_LIMITS_ENABLED", "false");
			instances.add(new ChildProcess(service.label(), command, env, log(service.label())));
		}
		return List.copyOf(instances);
	}

	private void awaitHealthy(ChildProcess service) {
		HttpClient http = HttpClient.newHttpClient();
		URI health = URI
			.create("http://127.0.0.1:" + (this.servicePorts.get(service.name()) + Service.MANAGEMENT_PORT_OFFSET)
					+ "/actuator/health/readiness");
		await().alias(service.name() + " healthy")
			.atMost(Duration.ofSeconds(300))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.until(() -> service.isAlive() && http
				.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200);
	}

	private static void awaitListening(int port) {
		await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				return true;
			}
		});
	}

	/**
	 * The last {@code count} warnings and errors each service logged, for a failure
	 * message.
	 */
	String warnings(int count) {
		StringBuilder lines = new StringBuilder();
		for (ChildProcess service : services()) {
			try (java.util.stream.Stream<String> log = Files.lines(log(service.name()))) {
				List<String> warnings = log.filter((line) -> line.contains(" WARN ") || line.contains(" ERROR "))
					.filter((line) -> !line.contains("NetworkClient") && !line.contains("ConsumerCoordinator"))
					.toList();
				warnings.subList(Math.max(0, warnings.size() - count), warnings.size())
					.forEach((line) -> lines.append(line, 0, Math.min(line.length(), 400)).append('\n'));
			}
			catch (IOException | java.io.UncheckedIOException ex) {
				lines.append(service.name()).append(": log unreadable: ").append(ex).append('\n');
			}
		}
		return lines.toString();
	}

	private Path log(String name) {
		return this.data.resolve("logs/" + name + ".log");
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@Override
	public void close() throws Exception {
		List<ChildProcess> parts = services();
		parts.addAll(List.of(this.store, this.broker));
		for (ChildProcess part : parts) {
			part.stop();
		}
		this.intakeStore.close();
		this.mailServer.close();
		this.smtp.stop();
	}

}
