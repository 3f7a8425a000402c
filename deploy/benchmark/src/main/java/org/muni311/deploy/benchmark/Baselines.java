package org.muni311.deploy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.muni311.deploy.benchmark.bare.BareMvcApplication;
import org.muni311.deploy.embedded.FreePorts;
import org.muni311.deploy.local.LocalPlatform;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same broker and store without the services: what intake's numbers are compared
 * with.
 *
 * @param rawInserts the store, driven by the MongoDB driver (closed loop)
 * @param bareMvcClosed a bare Spring MVC POST with one insert, at its maximum (closed
 * loop)
 * @param bareMvcOpen the same at each open-loop rate
 * @param kafka produce-to-consume on the broker at each rate
 */
record Baselines(LoadResult rawInserts, LoadResult bareMvcClosed, List<LoadResult> bareMvcOpen,
		List<KafkaBaseline.KafkaBaselineResult> kafka) {

	static final Baselines NONE = new Baselines(null, null, List.of(), List.of());

	static Baselines measure(LocalPlatform platform, Options options) throws Exception {
		Duration closed = Duration.ofSeconds(Math.max(options.closedLoopSeconds(), 1));
		Duration each = Duration.ofSeconds(options.baselineSeconds());
		Console
			.step("Baseline: raw store inserts, " + options.connections() + " threads, " + closed.toSeconds() + " s");
		LoadResult rawInserts = StoreBaseline.rawInserts(platform.store().connectionString("benchmark-raw"),
				options.connections(), closed);
		int port = FreePorts.pick();
		List<LoadResult> bareOpen = new ArrayList<>();
		LoadResult bareClosed;
		try (ConfigurableApplicationContext bare = BareMvcApplication.start(port,
				platform.store().connectionString("benchmark-bare"))) {
			Open311Client client = new Open311Client(port);
			// a short closed-loop warm-up: the JIT compiles the path before it is timed,
			// as it has in intake
			LoadGenerator.closedLoop("warm-up", () -> client.submit(), options.connections(), Duration.ofSeconds(5));
			for (int rate : options.rates()) {
				Console.step("Baseline: bare Spring MVC at " + rate + " req/s, " + each.toSeconds() + " s");
				bareOpen.add(LoadGenerator.openLoop("bare MVC", () -> client.submit(), rate, each, 64));
			}
			Console.step("Baseline: bare Spring MVC closed loop, " + options.connections() + " connections, "
					+ closed.toSeconds() + " s");
			bareClosed = LoadGenerator.closedLoop("bare MVC", () -> client.submit(), options.connections(), closed);
		}
		Console.step("Baseline: raw Kafka produce->consume at each rate, " + each.toSeconds() + " s");
		List<KafkaBaseline.KafkaBaselineResult> kafka = KafkaBaseline.run(platform.kafkaBootstrapServers(),
				options.rates(), each);
		return new Baselines(rawInserts, bareClosed, bareOpen, kafka);
	}

	/** The bare MVC run at {@code rate}, if measured. */
	LoadResult bareAt(int rate) {
		return this.bareMvcOpen.stream().filter((run) -> run.targetRate() == rate).findFirst().orElse(null);
	}

	/** The Kafka run at {@code rate}, if measured. */
	KafkaBaseline.KafkaBaselineResult kafkaAt(int rate) {
		return this.kafka.stream().filter((run) -> run.rate() == rate).findFirst().orElse(null);
	}

}
