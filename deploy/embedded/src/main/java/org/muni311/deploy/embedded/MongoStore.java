package org.muni311.deploy.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible store (mongo-java-server) on loopback: in memory for tests,
 * or in an H2 file so that the local platform keeps its data across restarts. It does not
 * serve geo queries, transactions or the {@code hello} command; the services are written
 * so that they never need them.
 */
public final class MongoStore implements AutoCloseable {

	private final MongoServer server;

	private final String address;

	private MongoStore(MongoBackend backend, int port) {
		this.server = new MongoServer(backend);
		this.server.bind("127.0.0.1", port);
		this.address = "127.0.0.1:" + this.server.getLocalAddress().getPort();
	}

	/** A store that forgets everything when closed. */
	public static MongoStore inMemory(int port) {
		return new MongoStore(new MemoryBackend(), port);
	}

	/** A store kept in {@code file}, created if absent. */
	public static MongoStore persistent(Path file, int port) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder for " + file, ex);
		}
		return new MongoStore(new H2Backend(file.toAbsolutePath().toString()), port);
	}

	/**
	 * Runs a store as a process of its own until the process that started it ends (or it
	 * is killed), with the arguments {@code h2-file} or {@code memory}, then the port.
	 */
	public static void main(String[] args) {
		int port = Integer.parseInt(args[1]);
		MongoStore store = "memory".equals(args[0]) ? inMemory(port) : persistent(Path.of(args[0]), port);
		Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-stop"));
		LoggerFactory.getLogger(MongoStore.class).info("Store up on {}", store.address);
		ProcessHandle.current().parent().ifPresent((parent) -> parent.onExit().join());
		System.exit(0);
	}

	/** A connection string for {@code database} on this store. */
	public String connectionString(String database) {
		return "mongodb://" + this.address + "/" + database;
	}

	@Override
	public void close() {
		// closes the backend too; the H2 backend commits its file on close
		this.server.shutdown();
	}

}
