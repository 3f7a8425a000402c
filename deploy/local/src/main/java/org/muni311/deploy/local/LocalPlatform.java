package org.muni311.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.muni311.deploy.embedded.KafkaBroker;
import org.muni311.deploy.embedded.MongoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole platform on this machine: a real Kafka broker, the embedded store (an H2 file, so data survives a
 * restart), an SMTP server whose mail {@link MailPage} lists, then the three services as child processes with the
 * {@code local} profile. Ctrl-C stops everything.
 */
public final class LocalPlatform {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	private final KafkaBroker kafka;

	private final MongoStore mongo;

	private final GreenMail smtp;

	private final MailPage mailPage;

	private final List<Process> processes = new ArrayList<>();

	private LocalPlatform(Path home, Path data, Ports ports) throws InterruptedException {
		this.kafka = KafkaBroker.start(data.resolve("kafka"), ports.kafka(), ports.controller());
		this.mongo = MongoStore.persistent(data.resolve("mongo/store.mv"), ports.mongo());
		this.smtp = new GreenMail(new ServerSetup(ports.smtp(), "127.0.0.1", "smtp"));
		this.smtp.start();
		this.mailPage = MailPage.start(this.smtp, ports.mailPage());
		List<Service> services = services(ports);
		for (Service service : services) {
			this.processes.add(start(home, data, service, ports.smtp(), this.kafka.bootstrapServers(), this.mongo));
		}
		for (Service service : services) {
			awaitHealthy(service);
		}
	}

	/**
	 * Starts everything and returns once all three services are healthy.
	 * @param home the project folder (service jars are found under it)
	 * @param data where Kafka, the store and the logs live
	 * @param ports where everything listens
	 */
	public static LocalPlatform start(Path home, Path data, Ports ports) throws IOException, InterruptedException {
		Files.createDirectories(data.resolve("logs"));
		return new LocalPlatform(home, data, ports);
	}

	/** The broker's address. */
	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	/** The mail server, to read what was sent. */
	public GreenMail smtp() {
		return this.smtp;
	}

	/** The store, for a connection string to a service's database. */
	public MongoStore store() {
		return this.mongo;
	}

	/** Stops the services, then SMTP, the store and Kafka. */
	public void stop() {
		log.info("Stopping the services, then SMTP, the store and Kafka");
		this.processes.forEach(Process::destroy);
		this.processes.forEach(LocalPlatform::awaitExit);
		this.mailPage.close();
		this.smtp.stop();
		this.mongo.close();
		this.kafka.close();
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(System.getProperty("muni311.home", ".")).toAbsolutePath().normalize();
		Path data = home.resolve("deploy/local/data");
		LocalPlatform platform = start(home, data, Ports.DEFAULT);
		Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "local-platform-stop"));
		System.out.printf("%nMuni311 is running.%n" + "  Open311 API  http://localhost:8080/open311/v2/services.json%n"
				+ "  Routing      http://localhost:8081/actuator/health%n"
				+ "  Notification http://localhost:8082/actuator/health%n"
				+ "  Mail sent    http://localhost:8025/%n" + "  Logs         %s%n"
				+ "Demo municipality demo.muni311.org, API key demo-api-key. Ctrl-C stops everything.%n",
				data.resolve("logs"));
		for (Process process : platform.processes) {
			process.waitFor();
		}
	}

	private static List<Service> services(Ports ports) {
		return List.of(new Service("intake-service", ports.intake(), "muni311-intake"),
				new Service("routing-service", ports.routing(), "muni311-routing"),
				new Service("notification-service", ports.notification(), "muni311-notification"));
	}

	private static Process start(Path home, Path data, Service service, int smtpPort, String kafka,
			MongoStore mongo) {
		Path jar = home.resolve(service.name() + "/target/" + service.name() + "-0.1.0-SNAPSHOT.jar");
		ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:+UseSerialGC", "-jar",
				jar.toString());
		Map<String, String> env = builder.environment();
		env.put("SPRING_PROFILES_ACTIVE", "local");
		env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
		env.put("SPRING_MONGODB_URI", mongo.connectionString(service.database()));
		env.put("SPRING_MAIL_HOST", "127.0.0.1");
		env.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
		env.put("PORT", Integer.toString(service.port()));
		env.put("MUNI311_KAFKA_TOPIC_REPLICAS", "1"); // a single local broker cannot replicate
		builder.redirectErrorStream(true);
		builder.redirectOutput(data.resolve("logs/" + service.name() + ".log").toFile());
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + jar + " (build it first)", ex);
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void awaitHealthy(Service service) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create("http://localhost:" + service.port() + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200) {
					log.info("{} is up on port {}", service.name(), service.port());
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500); // polling a child process: no test, nothing to await on
		}
		throw new IllegalStateException(service.name() + " did not become healthy; see its log");
	}

	private static void awaitExit(Process process) {
		try {
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Service(String name, int port, String database) {
	}

	/** Where everything listens. */
	public record Ports(int kafka, int controller, int mongo, int smtp, int mailPage, int intake, int routing,
			int notification) {

		/** The documented local ports. */
		public static final Ports DEFAULT = new Ports(9092, 9093, 27017, 3025, 8025, 8080, 8081, 8082);

	}

}
