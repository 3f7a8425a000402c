package org.muni311.deploy.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a service's {@code /actuator/prometheus} on its management port: each
 * sample's name, labels and value, to compare two readings.
 */
final class Scrape {

	private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final List<Sample> samples;

	private Scrape(List<Sample> samples) {
		this.samples = samples;
	}

	/** Reads the service whose management port is {@code managementPort}. */
	static Scrape of(int managementPort) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("Scrape of " + managementPort + " answered " + answer.statusCode());
		}
		return parse(answer.body());
	}

	static Scrape parse(String text) {
		List<Sample> samples = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Matcher sample = SAMPLE.matcher(line.strip());
			if (!sample.matches()) {
				continue;
			}
			Map<String, String> labels = new LinkedHashMap<>();
			if (sample.group(3) != null) {
				Matcher label = LABEL.matcher(sample.group(3));
				while (label.find()) {
					labels.put(label.group(1), label.group(2));
				}
			}
			samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
		}
		return new Scrape(samples);
	}

	/** The sum of the samples named {@code name} whose labels include {@code labels}. */
	double sum(String name, Map<String, String> labels) {
		return this.samples.stream()
			.filter((sample) -> sample.name().equals(name))
			.filter((sample) -> sample.labels().entrySet().containsAll(labels.entrySet()))
			.mapToDouble(Sample::value)
			.sum();
	}

	double sum(String name) {
		return sum(name, Map.of());
	}

	/**
	 * Whether a sample of metric family {@code name} exists (a histogram by its
	 * suffixes).
	 */
	boolean has(String name) {
		return this.samples.stream()
			.anyMatch((sample) -> sample.name().equals(name) || sample.name().equals(name + "_total")
					|| sample.name().equals(name + "_bucket") || sample.name().equals(name + "_count"));
	}

	/** Every metric name in this reading. */
	List<String> names() {
		return this.samples.stream().map(Sample::name).distinct().toList();
	}

	record Sample(String name, Map<String, String> labels, double value) {
	}

}
