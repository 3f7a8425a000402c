package org.muni311.deploy.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code run.sh} entry point: starts the platform on the ports the environment
 * chooses, prints where everything is, and stops everything, exiting non-zero, when a
 * service ends on its own.
 */
public final class LocalRunner {

	private static final Logger log = LoggerFactory.getLogger(LocalRunner.class);

	private LocalRunner() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(System.getProperty("muni311.home", ".")).toAbsolutePath().normalize();
		Path data = home.resolve("deploy/local/data");
		RunnerOptions options;
		try {
			options = RunnerOptions.parse(List.of(args));
		}
		catch (IllegalArgumentException ex) {
			log.error("{}\n{}", ex.getMessage(), RunnerOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options.help()) {
			log.info(RunnerOptions.USAGE);
			return;
		}
		LocalPlatform.Ports ports;
		LocalPlatform platform;
		try {
			ports = LocalPlatform.Ports.fromEnvironment(System.getenv());
			platform = LocalPlatform.start(home, data, ports, options.instances());
		}
		catch (IllegalArgumentException | PortInUseException | ServiceFailedException ex) {
			log.error("Muni311 did not start: {}", ex.getMessage());
			System.exit(1);
			return;
		}
		log.info(String.format("%nMuni311 is running. Point a browser at:%n"
				+ "  Residents    http://localhost:%d/m/demo.muni311.org   (report and follow a request; English/French)%n"
				+ "  Agents       http://localhost:%d/console/demo.muni311.org   (sign in: demo-agent / agent)%n"
				+ "  Crews        http://localhost:%d/board/demo.muni311.org   (sign in: demo-crew / crew)%n"
				+ "  Sent         http://localhost:%d/   (mail and text messages to residents)%n"
				+ "  Open311 API  http://localhost:%d/open311/v2/services.json   (API key demo-api-key)%n"
				+ "  Logs         %s%n" + "%s" + "Ctrl-C stops everything.", ports.intake(), ports.intake(),
				ports.routing(), ports.mailPage(), ports.intake(), data.resolve("logs"),
				addresses(ports, options.instances())));
		ServiceExit exit = platform.unexpectedExit().join();
		log.error("Stopping everything: {}", exit.describe());
		// the platform's shutdown hook stops the other services, SMTP, the store and
		// Kafka
		System.exit(1);
	}

	/** Where each instance of each service listens, one line a service. */
	static String addresses(LocalPlatform.Ports ports, int instances) {
		StringBuilder lines = new StringBuilder("Instances:%n".formatted());
		Map<String, List<Service>> byName = new LinkedHashMap<>();
		Service.all(ports, instances)
			.forEach((service) -> byName.computeIfAbsent(service.name(), (name) -> new ArrayList<>()).add(service));
		byName
			.forEach((name,
					all) -> lines.append(String.format("  %-21s %s%n", name,
							String.join("  ", all.stream()
								.map((service) -> "#" + service.instance() + " http://localhost:" + service.port())
								.toList()))));
		return lines.toString();
	}

}
