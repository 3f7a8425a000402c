package org.muni311.deploy.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PromQL of {@code deploy/observability}: every alert rule's expression and every
 * dashboard panel's query, and the metric names they read.
 */
final class ObservabilityFiles {

	/** {@code deploy/observability}, from a module's folder under {@code deploy}. */
	static final Path HOME = Path.of(System.getProperty("user.dir")).resolve("../observability").normalize();

	private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
			"group_left", "group_right", "offset", "bool", "inf", "nan");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private ObservabilityFiles() {
	}

	/** Every {@code expr} of {@code alerts.yml}, folded lines joined. */
	static List<String> alertExpressions() throws IOException {
		List<String> expressions = new ArrayList<>();
		List<String> lines = Files.readAllLines(HOME.resolve("alerts.yml"));
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int at = line.indexOf("expr:");
			if (at < 0) {
				continue;
			}
			StringBuilder expression = new StringBuilder(line.substring(at + "expr:".length()).replace(">", " "));
			int indent = at;
			while (i + 1 < lines.size() && (lines.get(i + 1).isBlank()
					|| lines.get(i + 1).length() - lines.get(i + 1).stripLeading().length() > indent)) {
				expression.append(' ').append(lines.get(++i).strip());
			}
			expressions.add(expression.toString().strip());
		}
		return expressions;
	}

	/** Every target expression of every dashboard under {@code grafana/dashboards}. */
	static List<String> dashboardQueries() throws IOException {
		List<String> queries = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		try (var files = Files.list(HOME.resolve("grafana/dashboards"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".json")).toList()) {
				collect(json.readTree(file.toFile()), queries);
			}
		}
		return queries;
	}

	private static void collect(JsonNode node, List<String> queries) {
		if (node.isObject() && node.has("expr")) {
			queries.add(node.get("expr").asString());
		}
		if (node.isObject() && node.path("query").has("query")) {
			queries.add(node.path("query").path("query").asString());
		}
		node.forEach((child) -> collect(child, queries));
	}

	/**
	 * The metric names {@code expression} reads: its identifiers without label matchers,
	 * grouping labels, ranges, strings, functions, keywords and dashboard variables.
	 */
	static Set<String> metricNames(String expression) {
		String bare = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "")
			.replaceAll("\\{[^}]*\\}", " ")
			.replaceAll("\\[[^\\]]*\\]", " ")
			.replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ")
			.replaceAll("\\$\\w+", " ");
		// label_values(metric, label): the label is not a metric
		bare = bare.replaceAll("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,[^)]*\\)", " $1 ");
		Set<String> names = new TreeSet<>();
		Matcher identifier = IDENTIFIER.matcher(bare);
		while (identifier.find()) {
			String name = identifier.group();
			int after = identifier.end();
			while (after < bare.length() && bare.charAt(after) == ' ') {
				after++;
			}
			boolean function = after < bare.length() && bare.charAt(after) == '(';
			boolean number = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
			if (!function && !number && !PROMQL_WORDS.contains(name.toLowerCase())) {
				names.add(name);
			}
		}
		return names;
	}

}
