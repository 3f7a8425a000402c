package org.muni311.deploy.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;
import org.slf4j.LoggerFactory;

/**
 * One real Kafka broker in KRaft mode (broker and controller in one node), listening on
 * loopback. Its log directory survives a restart when the same folder is given again.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final String CLUSTER_ID = "muni311-local-kraft";

	private final KafkaRaftServer server;

	private final int port;

	private KafkaBroker(KafkaRaftServer server, int port) {
		this.server = server;
		this.port = port;
	}

	/**
	 * Formats the storage under {@code dataDir} if it is new, then starts the broker.
	 * @param dataDir folder for the broker's logs and metadata
	 * @param port client port ({@code 0} picks a free one)
	 * @param controllerPort controller port ({@code 0} picks a free one)
	 * @return the running broker
	 */
	public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
		int clientPort = (port != 0) ? port : FreePorts.pick();
		int quorumPort = (controllerPort != 0) ? controllerPort : FreePorts.pick();
		Properties config = config(dataDir.resolve("logs"), clientPort, quorumPort);
		Path configFile = writeConfig(dataDir, config);
		format(configFile);
		KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
		server.startup();
		return new KafkaBroker(server, clientPort);
	}

	/**
	 * Runs a broker as a process of its own until the process that started it ends (or it
	 * is killed): {@code
	 * <dataDir> <port> <controllerPort>}. Fault-injection tests start, kill and restart
	 * it this way.
	 */
	public static void main(String[] args) {
		KafkaBroker broker = start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
		Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-stop"));
		LoggerFactory.getLogger(KafkaBroker.class).info("Kafka broker up on {}", broker.bootstrapServers());
		ProcessHandle.current().parent().ifPresent((parent) -> parent.onExit().join());
		System.exit(0);
	}

	/** The address clients connect to, for {@code bootstrap.servers}. */
	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

	private static Properties config(Path logDir, int clientPort, int controllerPort) {
		Properties config = new Properties();
		config.put("process.roles", "broker,controller");
		config.put("node.id", "1");
		config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		config.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
		config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
		config.put("controller.listener.names", "CONTROLLER");
		config.put("inter.broker.listener.name", "PLAINTEXT");
		config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		config.put("log.dirs", logDir.toAbsolutePath().toString());
		// a single node cannot replicate: internal topics get one replica
		config.put("offsets.topic.replication.factor", "1");
		config.put("transaction.state.log.replication.factor", "1");
		config.put("transaction.state.log.min.isr", "1");
		config.put("share.coordinator.state.topic.replication.factor", "1");
		config.put("group.initial.rebalance.delay.ms", "0");
		config.put("num.partitions", "3");
		return config;
	}

	private static Path writeConfig(Path dataDir, Properties config) {
		try {
			Files.createDirectories(dataDir);
			Path file = dataDir.resolve("server.properties");
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				config.store(out, "written by Muni311's embedded broker on each start");
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the Kafka configuration under " + dataDir, ex);
		}
	}

	private static void format(Path configFile) {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		String[] args = { "format", "--cluster-id", clusterId(), "--config", configFile.toString(),
				"--ignore-formatted" };
		int exitCode = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
		if (exitCode != 0) {
			throw new IllegalStateException(
					"Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
		}
	}

	private static String clusterId() {
		// a cluster id is 16 bytes, base64url: derive a stable one so a restarted broker
		// keeps its data
		byte[] bytes = java.util.Arrays.copyOf(CLUSTER_ID.getBytes(StandardCharsets.US_ASCII), 16);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
