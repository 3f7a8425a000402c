package org.muni311.deploy.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.muni311.deploy.embedded.FreePorts;
import org.muni311.deploy.local.LocalPlatform;

/**
 * One benchmark run: the platform on free ports, the preload, the baselines, a warm-up,
 * intake at each rate and at its maximum, then the tables and the report.
 */
final class BenchmarkRun {

	private final Path home;

	private final Path data;

	private final Options options;

	BenchmarkRun(Path home, Path data, Options options) {
		this.home = home;
		this.data = data;
		this.options = options;
	}

	void run(Path out) throws Exception {
		String startedAt = Instant.now().toString();
		String loadAtStart = loadAverage();
		Console.step("Starting the platform on free ports; data and logs in " + this.data);
		LocalPlatform.Ports ports = new LocalPlatform.Ports(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
				FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick());
		LocalPlatform platform = LocalPlatform.start(this.home, this.data, ports);
		try {
			JourneyTracker tracker = new JourneyTracker();
			ProcessSampler sampler = new ProcessSampler(platform.processes());
			try (RoutedListener routed = RoutedListener.start(platform.kafkaBootstrapServers(), tracker);
					Timeline timeline = new Timeline(tracker, sampler)) {
				MailListener.start(platform.smtp(), tracker);
				double preloadSeconds = preload(platform);
				IntakePhase phase = new IntakePhase(tracker, sampler, timeline,
						Duration.ofSeconds(this.options.drainSeconds()));
				Open311Client intake = new Open311Client(ports.intake());
				// before anything else has run through the services: as after a restart
				List<PhaseResult> phases = new ArrayList<>(
						this.options.cold() ? List.of(cold(intake, phase)) : List.of());
				Baselines baselines = this.options.skipBaselines() ? Baselines.NONE
						: Baselines.measure(platform, this.options);
				phases.addAll(drive(platform, intake, phase));
				Map<String, String> machine = machine();
				// other work on the machine skews every figure: keep a trace of it with
				// the results
				machine.put("load average at start", loadAtStart);
				machine.put("load average at end", loadAverage());
				RunResult run = new RunResult(startedAt, machine, this.options, preloadSeconds, phases, baselines,
						timeline.samples());
				String table = ConsoleTable.render(run);
				System.out.println();
				System.out.println(table);
				ReportWriter.write(run, table, out);
			}
		}
		finally {
			Console.step("Stopping the platform");
			platform.stop();
		}
	}

	private double preload(LocalPlatform platform) {
		if (this.options.preload() <= 0) {
			return 0;
		}
		Console.step("Preloading " + this.options.preload() + " stored requests into intake's database");
		return Preloader.preload(platform.store().connectionString("muni311-intake"), this.options.preload());
	}

	private static PhaseResult cold(Open311Client intake, IntakePhase phase) throws InterruptedException {
		Console.step("Cold start: intake open loop, " + Options.WARM_UP_RATE + " req/s, " + Options.COLD_SECONDS
				+ " s, measured from the platform's start");
		return report(phase.run(PhaseResult.COLD, intake, (request) -> LoadGenerator.openLoop("intake", request,
				Options.WARM_UP_RATE, Duration.ofSeconds(Options.COLD_SECONDS), 64)));
	}

	private List<PhaseResult> drive(LocalPlatform platform, Open311Client intake, IntakePhase phase) throws Exception {
		int connections = this.options.connections();
		// a cold service spends a third of its CPU compiling for the first minute (JFR:
		// C2 compiler threads 25-36% of
		// each service's CPU 10-50 s in), which a 10 s warm-up left in the first rates'
		// figures; its backlog drains
		// before the first rate
		int warmUp = this.options.warmUpSeconds();
		if (warmUp > 0) {
			Console
				.step("Warm-up: intake open loop, " + Options.WARM_UP_RATE + " req/s, " + warmUp + " s (not reported)");
			report(phase.run("warm-up", intake, (request) -> LoadGenerator.openLoop("intake", request,
					Options.WARM_UP_RATE, Duration.ofSeconds(warmUp), 64)));
		}
		List<PhaseResult> results = new ArrayList<>();
		Duration seconds = Duration.ofSeconds(this.options.seconds());
		for (int rate : this.options.rates()) {
			requireRunning(platform);
			Console.step("Intake open loop at " + rate + " req/s for " + seconds.toSeconds() + " s");
			results.add(report(phase.run(rate + " req/s", intake,
					(request) -> LoadGenerator.openLoop("intake", request, rate, seconds, 64))));
		}
		if (this.options.closedLoopSeconds() > 0) {
			requireRunning(platform);
			Console.step(
					"Intake closed loop, " + connections + " connections, " + this.options.closedLoopSeconds() + " s");
			results.add(report(phase.run("closed loop", intake, (request) -> LoadGenerator.closedLoop("intake", request,
					connections, Duration.ofSeconds(this.options.closedLoopSeconds())))));
		}
		return results;
	}

	private static PhaseResult report(PhaseResult phase) {
		LoadResult load = phase.load();
		Console.step(String.format(
				"  accepted %.1f/s, errors %d%s, missed %d, HTTP p99 %s ms, routed p99 %s ms, "
						+ "mail p99 %s ms, backlog at stop %d/%d, drain %s",
				load.acceptedPerSecond(), load.errors(),
				(load.firstError() != null) ? " (first: " + load.firstError() + ")" : "", load.missed(),
				ConsoleTable.number(load.http().p99()), ConsoleTable.number(phase.routed().p99()),
				ConsoleTable.number(phase.mailed().p99()), phase.routingBacklogAtStop(), phase.mailBacklogAtStop(),
				(phase.drainSeconds() != null) ? ConsoleTable.number(phase.drainSeconds()) + " s" : "NOT drained"));
		return phase;
	}

	private static void requireRunning(LocalPlatform platform) {
		if (platform.unexpectedExit().isDone()) {
			throw new IllegalStateException(platform.unexpectedExit().join().describe());
		}
	}

	private static String loadAverage() throws Exception {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
	}

	private static Map<String, String> machine() throws Exception {
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		Path meminfo = Path.of("/proc/meminfo");
		if (Files.exists(meminfo)) {
			machine.put("memory", Files.readAllLines(meminfo).get(0).replaceAll("\\s+", " "));
		}
		return machine;
	}

}
