package org.muni311.deploy.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.muni311.deploy.embedded.KafkaBroker;
import org.muni311.deploy.embedded.MongoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole platform on this machine: a real Kafka broker, the embedded store (an H2
 * file, so data survives a restart), an SMTP server and an SMS gateway whose messages
 * {@link MessagesPage} lists, then the three services as child processes with the
 * {@code local} profile. Refuses to start when a port it needs is taken; reports a
 * service that exits.
 */
public final class LocalPlatform {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	private final List<ServiceProcess> services = new ArrayList<>();

	private final CompletableFuture<ServiceExit> unexpectedExit = new CompletableFuture<>();

	private final AtomicBoolean stopping = new AtomicBoolean();

	private KafkaBroker kafka;

	private MongoStore mongo;

	private GreenMail smtp;

	private MessagesPage messagesPage;

	private LocalPlatform() {
	}

	/**
	 * Starts everything and returns once all three services are healthy. On failure,
	 * stops what it started.
	 * @param home the project folder (service jars are found under it)
	 * @param data where Kafka, the store and the logs live
	 * @param ports where everything listens
	 * @throws PortInUseException if a port is taken; nothing was started then
	 * @throws ServiceFailedException if a service exited or did not become healthy
	 */
	public static LocalPlatform start(Path home, Path data, Ports ports) throws IOException, InterruptedException {
		return start(home, data, ports, 1);
	}

	/**
	 * Starts everything with {@code instances} instances of each service (see
	 * {@link Service#all(Ports, int)} for their ports) and returns once all are healthy.
	 * On failure, stops what it started.
	 * @param home the project folder (service jars are found under it)
	 * @param data where Kafka, the store and the logs live
	 * @param ports where everything listens (the first instance of each service)
	 * @param instances instances of each service
	 * @throws PortInUseException if a port is taken; nothing was started then
	 * @throws ServiceFailedException if a service exited or did not become healthy
	 */
	public static LocalPlatform start(Path home, Path data, Ports ports, int instances)
			throws IOException, InterruptedException {
		PortCheck.requireFree(ports.named(instances));
		Files.createDirectories(data.resolve("logs"));
		LocalPlatform platform = new LocalPlatform();
		// registered before the first child starts: a runner stopped while it waits must
		// not leave children behind
		Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "local-platform-stop"));
		try {
			platform.boot(home, data, ports, instances);
			return platform;
		}
		catch (RuntimeException | InterruptedException ex) {
			platform.stop();
			throw ex;
		}
	}

	private void boot(Path home, Path data, Ports ports, int instances) throws InterruptedException {
		this.kafka = KafkaBroker.start(data.resolve("kafka"), ports.kafka(), ports.controller());
		this.mongo = MongoStore.persistent(data.resolve("mongo/store.mv"), ports.mongo());
		this.smtp = new GreenMail(new ServerSetup(ports.smtp(), "127.0.0.1", "smtp"));
		this.smtp.start();
		this.messagesPage = MessagesPage.start(this.smtp, ports.mailPage());
		String javaOpts = System.getenv(ServiceCommand.JAVA_OPTS);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<Service> all = Service.all(ports, instances);
		for (Service service : all) {
			Path jar = service.jar(home);
			Map<String, String> environment = ServiceCommand.environment(service, this.kafka.bootstrapServers(),
					this.mongo.connectionString(service.database()), ports.smtp(), ProcessHandle.current().pid());
			// each intake instance reads the delivery log of the notification instance of
			// its
			// number
			environment.put(ServiceCommand.NOTIFICATION_URL, "http://127.0.0.1:"
					+ (ports.notification() + (service.instance() - 1) * Service.INSTANCE_PORT_STEP));
			environment.put(ServiceCommand.SMS_GATEWAY_URL,
					"http://127.0.0.1:" + ports.mailPage() + MessagesPage.SMS_PATH);
			ServiceProcess process = ServiceProcess.start(service.label(),
					ServiceCommand.command(java, jar, javaOpts, service.label()), environment,
					data.resolve("logs/" + service.label() + ".log"));
			this.services.add(process);
			process.onExit().thenAccept((code) -> exited(process, code));
		}
		StartupWait wait = StartupWait.forThisMachine();
		for (int i = 0; i < all.size(); i++) {
			int port = all.get(i).port();
			log.info("Waiting for {} to become healthy on port {}", all.get(i).label(), port);
			this.services.get(i).awaitHealthy(all.get(i).readiness(), wait);
			log.info("{} is up on port {}", all.get(i).label(), port);
		}
	}

	private void exited(ServiceProcess process, int code) {
		if (!this.stopping.get()) {
			ServiceExit exit = new ServiceExit(process.name(), code, process.log());
			log.error("{}", exit.describe());
			this.unexpectedExit.complete(exit);
		}
	}

	/** The broker's address. */
	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	/** The mail server, to read what was sent. */
	public GreenMail smtp() {
		return this.smtp;
	}

	/** The text messages the local SMS gateway took, oldest first: number and text. */
	public List<Map.Entry<String, String>> texts() {
		return this.messagesPage.texts().stream().map((text) -> Map.entry(text.to(), text.text())).toList();
	}

	/** The store, for a connection string to a service's database. */
	public MongoStore store() {
		return this.mongo;
	}

	/**
	 * The name {@link #processes()} gives this JVM, which hosts the broker, the store and
	 * SMTP (and a benchmark's load).
	 */
	public static final String PLATFORM_PROCESS = "platform";

	/**
	 * The running processes: each service instance by {@link Service#label() label} (its
	 * service's name for the first), and this JVM (broker, store, SMTP) as
	 * {@code platform}.
	 */
	public Map<String, ProcessHandle> processes() {
		Map<String, ProcessHandle> processes = new LinkedHashMap<>();
		this.services.forEach((service) -> processes.put(service.name(), service.handle()));
		processes.put(PLATFORM_PROCESS, ProcessHandle.current());
		return processes;
	}

	/**
	 * Completes when a service ends while the platform runs, which a healthy platform
	 * never does.
	 */
	public CompletableFuture<ServiceExit> unexpectedExit() {
		return this.unexpectedExit;
	}

	/**
	 * Stops the services, then SMTP, the store and Kafka. A second call does nothing; a
	 * shutdown hook calls it when the JVM stops.
	 */
	public void stop() {
		if (!this.stopping.compareAndSet(false, true)) {
			return;
		}
		log.info("Stopping the services, then SMTP, the store and Kafka");
		this.services.forEach((service) -> service.handle().destroy());
		this.services.forEach((service) -> service.stop(Duration.ofSeconds(20)));
		if (this.messagesPage != null) {
			this.messagesPage.close();
		}
		if (this.smtp != null) {
			this.smtp.stop();
		}
		if (this.mongo != null) {
			this.mongo.close();
		}
		if (this.kafka != null) {
			this.kafka.close();
		}
	}

	/** A port with what it is for and the variable that changes it. */
	record NamedPort(int number, String purpose, String variable) {
	}

	/** Where everything listens. */
	public record Ports(int kafka, int controller, int mongo, int smtp, int mailPage, int intake, int routing,
			int notification) {

		/** The documented local ports. */
		public static final Ports DEFAULT = new Ports(9092, 9093, 27017, 3025, 8025, 8080, 8081, 8082);

		/**
		 * The defaults, each replaced by its {@code MUNI311_*_PORT} variable where
		 * {@code env} sets one.
		 */
		public static Ports fromEnvironment(Map<String, String> env) {
			int[] chosen = DEFAULT.named().stream().mapToInt((port) -> {
				String value = env.get(port.variable());
				try {
					return (value == null || value.isBlank()) ? port.number() : Integer.parseInt(value.strip());
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException(port.variable() + " is not a port number: " + value);
				}
			}).toArray();
			return new Ports(chosen[0], chosen[1], chosen[2], chosen[3], chosen[4], chosen[5], chosen[6], chosen[7]);
		}

		/**
		 * Every port with its purpose, in the order of the components, with the HTTP
		 * ports of the second and later of {@code instances} instances of each service,
		 * then every instance's actuator port (its HTTP port + 1100).
		 */
		List<NamedPort> named(int instances) {
			List<NamedPort> named = new ArrayList<>(named());
			List<NamedPort> services = named.subList(named.size() - 3, named.size());
			List<NamedPort> more = new ArrayList<>();
			for (int instance = 2; instance <= instances; instance++) {
				int shift = (instance - 1) * Service.INSTANCE_PORT_STEP;
				for (NamedPort first : services) {
					more.add(new NamedPort(first.number() + shift,
							first.purpose().replace("-service HTTP", "-service #" + instance + " HTTP"),
							first.variable() + " + " + shift));
				}
			}
			for (int instance = 1; instance <= instances; instance++) {
				int shift = (instance - 1) * Service.INSTANCE_PORT_STEP + Service.MANAGEMENT_PORT_OFFSET;
				for (NamedPort first : services) {
					more.add(new NamedPort(first.number() + shift,
							first.purpose().replace("-service HTTP", "-service #" + instance + " actuator"),
							first.variable() + " + " + shift));
				}
			}
			named.addAll(more);
			return named;
		}

		/**
		 * Every port of one instance of each service with its purpose and variable, in
		 * the order of the components.
		 */
		List<NamedPort> named() {
			return List.of(new NamedPort(this.kafka, "Kafka broker", "MUNI311_KAFKA_PORT"),
					new NamedPort(this.controller, "Kafka controller", "MUNI311_KAFKA_CONTROLLER_PORT"),
					new NamedPort(this.mongo, "MongoDB-compatible store", "MUNI311_MONGO_PORT"),
					new NamedPort(this.smtp, "SMTP server", "MUNI311_SMTP_PORT"),
					new NamedPort(this.mailPage, "messages page and SMS gateway", "MUNI311_MAIL_PAGE_PORT"),
					new NamedPort(this.intake, "intake-service HTTP", "MUNI311_INTAKE_PORT"),
					new NamedPort(this.routing, "routing-service HTTP", "MUNI311_ROUTING_PORT"),
					new NamedPort(this.notification, "notification-service HTTP", "MUNI311_NOTIFICATION_PORT"));
		}

	}

}
