package org.muni311.deploy.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's {@code results.json}, {@code table.txt} and {@code report.html} (tables
 * and inline SVG charts).
 */
final class ReportWriter {

	private ReportWriter() {
	}

	static void write(RunResult run, String table, Path folder) throws IOException {
		Files.createDirectories(folder);
		JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build()
			.writeValue(folder.resolve("results.json").toFile(), run);
		Files.writeString(folder.resolve("table.txt"), table, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("report.html"), html(run, table), StandardCharsets.UTF_8);
	}

	private static String html(RunResult run, String table) {
		return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Muni311 benchmark "
				+ SvgChart.escape(run.startedAt()) + "</title><style>body{font-family:sans-serif;margin:2em;max-width:"
				+ "80em}pre{font-size:11px;overflow-x:auto;background:#f6f6f6;padding:1em}</style></head><body>"
				+ "<h1>Muni311 benchmark</h1><p>Started " + SvgChart.escape(run.startedAt()) + " on "
				+ SvgChart.escape(run.machine().toString()) + ". Options: " + SvgChart.escape(run.options().toString())
				+ ". Preload took " + ConsoleTable.number(run.preloadSeconds()) + " s.</p>"
				+ "<p>Open-loop latency counts from each request's intended send time. Submit-to-routed is from the "
				+ "POST's answer to the ROUTED event read from Kafka (two Kafka hops and routing's work); the raw "
				+ "Kafka baseline is one hop.</p>" + latencyChart(run) + throughputChart(run) + backlogChart(run)
				+ "<h2>Tables</h2><pre>" + SvgChart.escape(table) + "</pre></body></html>";
	}

	private static String latencyChart(RunResult run) {
		List<PhaseResult> open = open(run);
		List<KafkaBaseline.KafkaBaselineResult> kafka = run.baselines().kafka();
		List<LoadResult> bare = run.baselines().bareMvcOpen();
		return SvgChart.render("Latency by rate (ms, log scale)", "requests per second", "milliseconds",
				List.of(series("HTTP p50", "#1f77b4", false, open, (p) -> p.load().http().p50()),
						series("HTTP p99", "#aec7e8", false, open, (p) -> p.load().http().p99()),
						series("routed p50", "#ff7f0e", false, open, (p) -> p.routed().p50()),
						series("routed p99", "#ffbb78", false, open, (p) -> p.routed().p99()),
						series("mail p50", "#2ca02c", false, open, (p) -> p.mailed().p50()),
						series("mail p99", "#98df8a", false, open, (p) -> p.mailed().p99()),
						new SvgChart.Series("raw Kafka p50", "#555", true,
								kafka.stream().map((k) -> new double[] { k.rate(), k.latency().p50() }).toList()),
						new SvgChart.Series("raw Kafka p99", "#aaa", true,
								kafka.stream().map((k) -> new double[] { k.rate(), k.latency().p99() }).toList()),
						new SvgChart.Series("bare MVC p99", "#9467bd", true,
								bare.stream().map((b) -> new double[] { b.targetRate(), b.http().p99() }).toList())),
				true, true);
	}

	private static String throughputChart(RunResult run) {
		List<PhaseResult> open = open(run);
		return SvgChart.render("Accepted requests per second by offered rate", "offered requests per second",
				"accepted per second",
				List.of(series("intake", "#1f77b4", false, open, (p) -> p.load().acceptedPerSecond()),
						new SvgChart.Series("offered", "#aaa", true,
								open.stream()
									.map((p) -> new double[] { p.load().targetRate(), p.load().targetRate() })
									.toList()),
						new SvgChart.Series("bare MVC", "#9467bd", true,
								run.baselines()
									.bareMvcOpen()
									.stream()
									.map((b) -> new double[] { b.targetRate(), b.acceptedPerSecond() })
									.toList())),
				true, false);
	}

	private static String backlogChart(RunResult run) {
		List<Timeline.Sample> samples = run.timeline();
		return SvgChart.render("Backlog over time (accepted, not yet routed / mailed; each phase counts its own)",
				"seconds since the platform was up", "requests",
				List.of(new SvgChart.Series("not yet routed", "#ff7f0e", false,
						samples.stream().map((s) -> new double[] { s.seconds(), s.routingBacklog() }).toList()),
						new SvgChart.Series("not yet mailed", "#2ca02c", false,
								samples.stream().map((s) -> new double[] { s.seconds(), s.mailBacklog() }).toList())),
				false, false);
	}

	private static List<PhaseResult> open(RunResult run) {
		// the cold pass is at a rate a warm one may run at too: one point per rate
		return run.phases().stream().filter((phase) -> phase.load().mode().equals("open") && !phase.cold()).toList();
	}

	private static SvgChart.Series series(String name, String color, boolean dashed, List<PhaseResult> phases,
			ToDoubleFunction<PhaseResult> y) {
		return new SvgChart.Series(name, color, dashed,
				phases.stream().map((p) -> new double[] { p.load().targetRate(), y.applyAsDouble(p) }).toList());
	}

}
