package org.muni311.deploy.local;

import java.nio.file.Path;

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
		LocalPlatform.Ports ports;
		LocalPlatform platform;
		try {
			ports = LocalPlatform.Ports.fromEnvironment(System.getenv());
			platform = LocalPlatform.start(home, data, ports);
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
				+ "  Logs         %s%n" + "Ctrl-C stops everything.", ports.intake(), ports.intake(), ports.routing(),
				ports.mailPage(), ports.intake(), data.resolve("logs")));
		ServiceExit exit = platform.unexpectedExit().join();
		log.error("Stopping everything: {}", exit.describe());
		// the platform's shutdown hook stops the other services, SMTP, the store and
		// Kafka
		System.exit(1);
	}

}
