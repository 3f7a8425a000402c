package org.muni311.deploy.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * {@code deploy/benchmark/run.sh}: reads the options, chooses the output folder and a
 * fresh data folder, runs the benchmark and prints where the report is.
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		if (Arrays.asList(args).contains("--help")) {
			System.out.println(Options.USAGE);
			return;
		}
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Path home = Path.of(System.getProperty("muni311.home", ".")).toAbsolutePath().normalize();
		Path out = (options.out() != null) ? options.out().toAbsolutePath() : home.resolve("deploy/benchmark/target/"
				+ "benchmark-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		Path data = Files.createTempDirectory("muni311-benchmark-");
		// before the first logger exists: the platform's logback.xml writes its log file
		// there
		System.setProperty("muni311.logs", data.resolve("logs").toString());
		int exitCode = 0;
		try {
			new BenchmarkRun(home, data, options).run(out);
			System.out.println("Report: " + out.resolve("report.html") + System.lineSeparator() + "Results: "
					+ out.resolve("results.json") + System.lineSeparator() + "Platform logs: " + data.resolve("logs"));
		}
		catch (Exception ex) {
			System.err.println("Benchmark failed: " + ex);
			System.err.println("Platform logs: " + data.resolve("logs"));
			exitCode = 1;
		}
		// the Kafka and HTTP clients leave non-daemon threads behind
		System.exit(exitCode);
	}

}
