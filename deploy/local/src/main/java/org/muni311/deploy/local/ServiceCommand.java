package org.muni311.deploy.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line and environment of one service child process, as the runner starts it
 * (and the fault-injection tests, which add their own arguments).
 */
public final class ServiceCommand {

	/** Where intake's agent console reads the notification service's delivery log. */
	static final String NOTIFICATION_URL = "MUNI311_NOTIFICATION_URL";

	/** Where notification sends text messages: the local gateway of the messages page. */
	static final String SMS_GATEWAY_URL = "MUNI311_NOTIFICATION_SMS_BASEURL";

	/**
	 * Extra JVM flags for every service; {@code {service}} in them becomes the service's
	 * name.
	 */
	public static final String JAVA_OPTS = "MUNI311_JAVA_OPTS";

	private ServiceCommand() {
	}

	/**
	 * The service's command line.
	 * @param java the {@code java} binary
	 * @param jar the service's executable jar
	 * @param javaOpts the value of {@value #JAVA_OPTS}, or {@code null}
	 * @param service the service's name
	 */
	public static List<String> command(String java, Path jar, String javaOpts, String service) {
		// a service out of memory stops (and the runner says so) instead of limping on
		// with dead threads
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
		if (javaOpts != null && !javaOpts.isBlank()) {
			for (String option : javaOpts.strip().split("\\s+")) {
				// one value for three services: each needs its own file, say a flight
				// recording
				command.add(option.replace("{service}", service));
			}
		}
		command.addAll(List.of("-jar", jar.toString()));
		return command;
	}

	/**
	 * The variables set for the service on top of the runner's own environment.
	 * @param service the service
	 * @param kafka the broker's bootstrap servers
	 * @param mongoUri the service's database
	 * @param smtpPort the SMTP server's port
	 * @param parentPid the runner's process id: the service exits when that process is
	 * gone
	 */
	public static Map<String, String> environment(Service service, String kafka, String mongoUri, int smtpPort,
			long parentPid) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SPRING_PROFILES_ACTIVE", "local");
		env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
		env.put("SPRING_MONGODB_URI", mongoUri);
		env.put("SPRING_MAIL_HOST", "127.0.0.1");
		env.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
		env.put("PORT", Integer.toString(service.port()));
		env.put("MANAGEMENT_SERVER_PORT", Integer.toString(service.managementPort()));
		env.put("MUNI311_PARENT_PID", Long.toString(parentPid));
		// one broker cannot hold more than one replica of a topic
		env.put("MUNI311_KAFKA_TOPIC_REPLICAS", "1");
		return env;
	}

}
