package org.muni311.deploy.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A service the runner starts.
 *
 * @param name its name, also its module's folder and jar name
 * @param port its HTTP port
 * @param database its database on the store
 */
public record Service(String name, int port, String database) {

	/**
	 * How far above its HTTP port a service's actuator listens (intake 8080: 9180), as
	 * the services' own defaults.
	 */
	public static final int MANAGEMENT_PORT_OFFSET = 1100;

	/**
	 * Its actuator port: health groups ({@code /actuator/health/readiness}) and metrics.
	 */
	public int managementPort() {
		return this.port + MANAGEMENT_PORT_OFFSET;
	}

	/** Where it says it is ready: dependencies reachable, views caught up. */
	public URI readiness() {
		return URI.create("http://127.0.0.1:" + managementPort() + "/actuator/health/readiness");
	}

	/** Its executable jar, as the build leaves it under {@code home}. */
	public Path jar(Path home) {
		return home.resolve(this.name + "/target/" + this.name + "-0.1.0-SNAPSHOT.jar");
	}

	/** The three services, in the order they start. */
	public static List<Service> all(LocalPlatform.Ports ports) {
		return List.of(new Service("intake-service", ports.intake(), "muni311-intake"),
				new Service("routing-service", ports.routing(), "muni311-routing"),
				new Service("notification-service", ports.notification(), "muni311-notification"));
	}

}
