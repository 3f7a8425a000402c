package org.muni311.deploy.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A service instance the runner starts.
 *
 * @param name its service's name, also its module's folder and jar name
 * @param instance which instance of the service, from 1
 * @param port its HTTP port
 * @param database its service's database on the store (every instance shares it)
 */
public record Service(String name, int instance, int port, String database) {

	/**
	 * How far apart the ports of two instances of a service are: instance {@code n}
	 * listens on the service's port plus {@code (n - 1)} times this.
	 */
	public static final int INSTANCE_PORT_STEP = 10;

	/** The most instances of each service the runner starts. */
	public static final int MAX_INSTANCES = 4;

	/** The first (or only) instance of a service. */
	public Service(String name, int port, String database) {
		this(name, 1, port, database);
	}

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

	/**
	 * What it is called in logs and process lists: the service's name, with {@code -n}
	 * from the second instance on.
	 */
	public String label() {
		return (this.instance == 1) ? this.name : this.name + "-" + this.instance;
	}

	/** The three services, in the order they start. */
	public static List<Service> all(LocalPlatform.Ports ports) {
		return all(ports, 1);
	}

	/**
	 * {@code instances} instances of each of the three services, every instance of one
	 * service before the next service; instance {@code n} on the service's port plus
	 * {@code (n - 1) * }{@value #INSTANCE_PORT_STEP}.
	 */
	public static List<Service> all(LocalPlatform.Ports ports, int instances) {
		if (instances < 1 || instances > MAX_INSTANCES) {
			throw new IllegalArgumentException(
					"The number of instances must be between 1 and " + MAX_INSTANCES + ": " + instances);
		}
		List<Service> all = new ArrayList<>();
		for (Service first : List.of(new Service("intake-service", ports.intake(), "muni311-intake"),
				new Service("routing-service", ports.routing(), "muni311-routing"),
				new Service("notification-service", ports.notification(), "muni311-notification"))) {
			for (int instance = 1; instance <= instances; instance++) {
				all.add(new Service(first.name(), instance, first.port() + (instance - 1) * INSTANCE_PORT_STEP,
						first.database()));
			}
		}
		return List.copyOf(all);
	}

}
