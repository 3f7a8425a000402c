package org.muni311.deploy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.muni311.deploy.embedded.KafkaBroker;
import org.muni311.deploy.embedded.MongoStore;
import org.testcontainers.DockerClientFactory;

/**
 * The one Kafka broker and the one MongoDB-compatible store of this test JVM, started on
 * first use and stopped when the JVM exits. Containers when Docker runs; the in-process
 * broker and store otherwise.
 */
public final class SharedInfrastructure {

	private static Boolean docker;

	private static KafkaBroker broker;

	private static MongoStore store;

	private SharedInfrastructure() {
	}

	/** Whether a Docker engine answers; asked once per JVM. */
	public static synchronized boolean dockerAvailable() {
		if (docker == null) {
			docker = DockerClientFactory.instance().isDockerAvailable();
		}
		return docker;
	}

	/** Kafka's {@code bootstrap.servers}. */
	public static String kafkaBootstrapServers() {
		if (dockerAvailable()) {
			return DockerContainers.startedKafka().getBootstrapServers();
		}
		return embeddedKafka().bootstrapServers();
	}

	/** A connection string for {@code database}. */
	public static String mongoConnectionString(String database) {
		if (dockerAvailable()) {
			return DockerContainers.startedMongo().getConnectionString() + "/" + database;
		}
		return embeddedMongo().connectionString(database);
	}

	static synchronized KafkaBroker embeddedKafka() {
		if (broker == null) {
			broker = KafkaBroker.start(tempDir("muni311-test-kafka"), 0, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-stop"));
		}
		return broker;
	}

	static synchronized MongoStore embeddedMongo() {
		if (store == null) {
			store = MongoStore.inMemory(0);
			Runtime.getRuntime().addShutdownHook(new Thread(store::close, "test-mongo-stop"));
		}
		return store;
	}

	private static Path tempDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
