package org.muni311.deploy.benchmark;

import java.util.Locale;
import java.util.Map;

/**
 * The run as text tables. Each figure is followed by its ratio to its baseline in
 * brackets: HTTP latency to a bare Spring MVC POST at the same rate, submit-to-routed and
 * submit-to-mail to one raw Kafka hop at the same rate, closed-loop throughput to the
 * bare MVC POST and the bare MVC POST to raw store inserts.
 */
final class ConsoleTable {

	private ConsoleTable() {
	}

	static String render(RunResult run) {
		StringBuilder out = new StringBuilder();
		Baselines baselines = run.baselines();
		line(out, "Open loop (latency from the intended send time; [xN] = ratio to the baseline at that rate)");
		line(out, "%-8s %7s %5s %6s | %-17s %-17s | %-17s %-17s %8s | %-17s %-17s %8s | %-13s %7s", "rate", "acc/s",
				"err", "missed", "HTTP p50 ms", "HTTP p99 ms", "routed p50 ms", "routed p99 ms", "max", "mail p50 ms",
				"mail p99 ms", "max", "backlog R/M", "drain s");
		for (PhaseResult phase : run.phases()) {
			LoadResult load = phase.load();
			if (!load.mode().equals("open")) {
				continue;
			}
			LoadResult bare = baselines.bareAt(load.targetRate());
			KafkaBaseline.KafkaBaselineResult kafka = baselines.kafkaAt(load.targetRate());
			Latency kafkaLatency = (kafka != null) ? kafka.latency() : Latency.NONE;
			Latency bareLatency = (bare != null) ? bare.http() : Latency.NONE;
			line(out, "%-8s %7.1f %5d %6d | %-17s %-17s | %-17s %-17s %8s | %-17s %-17s %8s | %-13s %7s", label(phase),
					load.acceptedPerSecond(), load.errors(), load.missed(),
					withRatio(load.http().p50(), bareLatency.p50()), withRatio(load.http().p99(), bareLatency.p99()),
					withRatio(phase.routed().p50(), kafkaLatency.p50()),
					withRatio(phase.routed().p99(), kafkaLatency.p99()), number(phase.routed().max()),
					withRatio(phase.mailed().p50(), kafkaLatency.p50()),
					withRatio(phase.mailed().p99(), kafkaLatency.p99()), number(phase.mailed().max()),
					phase.routingBacklogAtStop() + "/" + phase.mailBacklogAtStop(), drain(phase));
		}
		if (!baselines.kafka().isEmpty()) {
			line(out, "");
			line(out,
					"Baselines at each rate: raw Kafka produce->consume p50/p99 ms; bare Spring MVC POST acc/s, p50/p99 ms");
			for (KafkaBaseline.KafkaBaselineResult kafka : baselines.kafka()) {
				LoadResult bare = baselines.bareAt(kafka.rate());
				line(out, "%-6d kafka %s / %s (%d/%d consumed)   bare MVC %s acc/s, %s / %s ms", kafka.rate(),
						number(kafka.latency().p50()), number(kafka.latency().p99()), kafka.received(), kafka.sent(),
						(bare != null) ? number(bare.acceptedPerSecond()) : "-",
						(bare != null) ? number(bare.http().p50()) : "-",
						(bare != null) ? number(bare.http().p99()) : "-");
			}
		}
		closedLoop(out, run);
		resources(out, run);
		cpuPerRequest(out, run);
		return out.toString();
	}

	private static void closedLoop(StringBuilder out, RunResult run) {
		Baselines baselines = run.baselines();
		line(out, "");
		line(out, "Closed loop (maximum): req/s, latency p50/p99 ms");
		for (PhaseResult phase : run.phases()) {
			LoadResult load = phase.load();
			if (load.mode().equals("closed")) {
				LoadResult bare = baselines.bareMvcClosed();
				line(out, "intake   %d conn  %s req/s  p50 %s  p99 %s  errors %d  backlog R/M %d/%d  drain s %s",
						load.connections(),
						withRatio(load.acceptedPerSecond(), (bare != null) ? bare.acceptedPerSecond() : Double.NaN),
						withRatio(load.http().p50(), (bare != null) ? bare.http().p50() : Double.NaN),
						withRatio(load.http().p99(), (bare != null) ? bare.http().p99() : Double.NaN), load.errors(),
						phase.routingBacklogAtStop(), phase.mailBacklogAtStop(), drain(phase));
			}
		}
		LoadResult bare = baselines.bareMvcClosed();
		LoadResult raw = baselines.rawInserts();
		if (bare != null && raw != null) {
			line(out, "bare MVC %d conn  %s req/s  p50 %s  p99 %s  errors %d   [ratio to raw inserts]",
					bare.connections(), withRatio(bare.acceptedPerSecond(), raw.acceptedPerSecond()),
					number(bare.http().p50()), number(bare.http().p99()), bare.errors());
			line(out, "raw inserts %d threads  %s inserts/s  p50 %s  p99 %s  errors %d", raw.connections(),
					number(raw.acceptedPerSecond()), number(raw.http().p50()), number(raw.http().p99()), raw.errors());
		}
	}

	private static void resources(StringBuilder out, RunResult run) {
		line(out, "");
		line(out, "CPU during the load (%% of one core) and peak RSS (MiB) per process");
		for (PhaseResult phase : run.phases()) {
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s", phase.name()));
			for (Map.Entry<String, Double> cpu : phase.cpuPercent().entrySet()) {
				row.append(String.format(Locale.ROOT, "  %s %5.1f%% %4s MiB", cpu.getKey().replace("-service", ""),
						cpu.getValue(), phase.peakResidentMiB().getOrDefault(cpu.getKey(), 0L)));
			}
			line(out, "%s", row);
		}
	}

	private static void cpuPerRequest(StringBuilder out, RunResult run) {
		line(out, "");
		line(out, "CPU per accepted request (ms), from the load's start until everything was routed and mailed");
		for (PhaseResult phase : run.phases()) {
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s", phase.name()));
			phase.cpuMillisPerRequest()
				.forEach((name, millis) -> row
					.append(String.format(Locale.ROOT, "  %s %6.2f", name.replace("-service", ""), millis)));
			line(out, "%s%s", row, (phase.drainSeconds() != null) ? "" : "  (not drained: part of the cost)");
		}
	}

	/** An open-loop row's first column: the rate, marked for the cold pass. */
	private static String label(PhaseResult phase) {
		return phase.load().targetRate() + (phase.cold() ? " cold" : "");
	}

	private static String drain(PhaseResult phase) {
		return (phase.drainSeconds() != null) ? number(phase.drainSeconds())
				: "NOT (" + phase.routingBacklogLeft() + "/" + phase.mailBacklogLeft() + " left)";
	}

	static String withRatio(double value, double baseline) {
		if (Double.isNaN(value)) {
			return "-";
		}
		if (Double.isNaN(baseline) || baseline <= 0) {
			return number(value);
		}
		return number(value) + " [x" + number(value / baseline) + "]";
	}

	static String number(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return (Math.abs(value) >= 100) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	private static void line(StringBuilder out, String format, Object... args) {
		out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
	}

}
