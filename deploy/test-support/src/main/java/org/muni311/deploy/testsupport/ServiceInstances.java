package org.muni311.deploy.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts instances of a service in this test JVM, each its own application context over
 * the JVM's one broker and store ({@link SharedInfrastructure}), as two instances of a
 * service run side by side: the same database, the same consumer groups, their own ports.
 */
public final class ServiceInstances {

	private ServiceInstances() {
	}

	/**
	 * Starts one instance of {@code application} on a free port, using {@code database},
	 * with {@code properties} ({@code name=value}) over its own configuration (as
	 * command-line arguments).
	 * @param application the service's application class
	 * @param database the database in the shared store
	 * @param properties more properties
	 * @return the running context; close it to stop the instance
	 */
	public static ConfigurableApplicationContext start(Class<?> application, String database, String... properties) {
		List<String> arguments = new ArrayList<>(
				List.of("server.port=0", "management.server.port=0", "server.shutdown=immediate",
						"spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
						"spring.mongodb.uri=" + SharedInfrastructure.mongoConnectionString(database),
						"muni311.kafka.replicas=1"));
		arguments.addAll(List.of(properties));
		return new SpringApplicationBuilder(application)
			.run(arguments.stream().map((argument) -> "--" + argument).toArray(String[]::new));
	}

	/**
	 * The port an instance's web server listens on.
	 * @param instance a context {@link #start started} here
	 * @return its port
	 */
	public static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/**
	 * Stops every instance given, ignoring those not started.
	 * @param instances contexts, some perhaps {@code null}
	 */
	public static void stop(ConfigurableApplicationContext... instances) {
		Stream.of(instances).filter((instance) -> instance != null).forEach(ConfigurableApplicationContext::close);
	}

}
