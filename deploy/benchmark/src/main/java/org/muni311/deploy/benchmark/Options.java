package org.muni311.deploy.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What to run.
 *
 * @param rates open-loop rates in requests per second
 * @param seconds seconds of load per rate
 * @param preload stored requests inserted into intake's database before the load
 * @param closedLoopSeconds seconds of the closed-loop (maximum) run; 0 skips it
 * @param connections connections of the closed-loop runs
 * @param baselineSeconds seconds of each baseline run per rate; the closed-loop baselines
 * use closedLoopSeconds
 * @param skipBaselines whether to skip the baselines (for a profiling pass)
 * @param drainSeconds how long to wait, after the load stops, for every accepted request
 * to be routed and mailed
 * @param warmUpSeconds seconds of unreported load at {@link #WARM_UP_RATE} before the
 * first rate: long enough for the JIT to compile the whole path in every service
 * @param cold whether to measure {@link #COLD_SECONDS} at {@link #WARM_UP_RATE} from the
 * moment the platform is up, before the warm-up: what residents see after a restart
 * @param out output folder, or {@code null} for
 * {@code deploy/benchmark/target/benchmark-<timestamp>}
 */
record Options(List<Integer> rates, int seconds, int preload, int closedLoopSeconds, int connections,
		int baselineSeconds, boolean skipBaselines, int drainSeconds, int warmUpSeconds, boolean cold, Path out) {

	/** Requests per second of the warm-up and of the cold pass. */
	static final int WARM_UP_RATE = 50;

	/** Seconds of the cold pass: the first minute after the start. */
	static final int COLD_SECONDS = 60;

	static final String USAGE = """
			Usage: deploy/benchmark/run.sh [options]
			  --rates 25,50,100,200,400,800   open-loop rates, requests per second
			  --seconds 30                    seconds of load per rate
			  --preload 0                     stored requests inserted into intake's database first
			  --closed-loop-seconds 15        seconds at maximum (16 connections); 0 skips it
			  --connections 16                connections of the closed-loop runs
			  --baseline-seconds 10           seconds of each baseline run per rate
			  --skip-baselines                no baselines (a profiling pass)
			  --cold                          first, 60 s at 50 req/s measured from the start (before baselines and warm-up)
			  --drain-seconds 120             how long to wait for the backlog after each load
			  --warm-up-seconds 60            unreported load at 50 req/s first, while the JIT compiles
			  --out DIR                       output folder (default deploy/benchmark/target/benchmark-<timestamp>)""";

	static Options parse(String... args) {
		List<Integer> rates = List.of(25, 50, 100, 200, 400, 800);
		int seconds = 30;
		int preload = 0;
		int closedLoopSeconds = 15;
		int connections = 16;
		int baselineSeconds = 10;
		boolean skipBaselines = false;
		boolean cold = false;
		int drainSeconds = 120;
		int warmUpSeconds = 60;
		Path out = null;
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (name.equals("--skip-baselines")) {
				skipBaselines = true;
				continue;
			}
			if (name.equals("--cold")) {
				cold = true;
				continue;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
			}
			String value = args[++i];
			switch (name) {
				case "--rates" -> rates = Arrays.stream(value.split(",")).map((rate) -> number(name, rate)).toList();
				case "--seconds" -> seconds = number(name, value);
				case "--preload" -> preload = number(name, value);
				case "--closed-loop-seconds" -> closedLoopSeconds = number(name, value);
				case "--connections" -> connections = number(name, value);
				case "--baseline-seconds" -> baselineSeconds = number(name, value);
				case "--drain-seconds" -> drainSeconds = number(name, value);
				case "--warm-up-seconds" -> warmUpSeconds = number(name, value);
				case "--out" -> out = Path.of(value);
				default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
			}
		}
		return new Options(rates, seconds, preload, closedLoopSeconds, connections, baselineSeconds, skipBaselines,
				drainSeconds, warmUpSeconds, cold, out);
	}

	private static int number(String name, String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'\n" + USAGE);
		}
	}

}
