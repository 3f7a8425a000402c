package org.muni311.deploy.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules of {@code deploy/observability} pass {@code promtool check rules} and
 * their unit tests ({@code tests/alerts-test.yml}), the scrape configuration passes
 * {@code promtool check config}, and the metric names are read out of every expression.
 * {@code promtool} comes with Debian's {@code prometheus} package
 * ({@code deploy/test-support/provide-test-tools.sh} installs it).
 */
class ObservabilityFilesTest {

	private static final String PROMTOOL = "/usr/bin/promtool";

	@Test
	void theAlertRulesPassPromtoolsCheck() throws Exception {
		assertThat(promtool("check", "rules", "alerts.yml")).contains("SUCCESS: 8 rules found");
	}

	@Test
	void theAlertRulesPassTheirUnitTests() throws Exception {
		assertThat(promtool("test", "rules", "tests/alerts-test.yml")).contains("SUCCESS");
	}

	@Test
	void theScrapeConfigurationPassesPromtoolsCheck() throws Exception {
		assertThat(promtool("check", "config", "prometheus.yml")).contains("SUCCESS");
	}

	@Test
	void readsTheMetricNamesOutOfAnExpression() {
		assertThat(ObservabilityFiles.metricNames("histogram_quantile(0.99, sum by (application, le) "
				+ "(rate(mongodb_driver_commands_seconds_bucket{application=~\"$app\"}[5m]))) > 0.5 and up == 0"))
			.containsExactly("mongodb_driver_commands_seconds_bucket", "up");
		assertThat(ObservabilityFiles.metricNames("label_values(muni311_requests_received_total, municipality)"))
			.containsExactly("muni311_requests_received_total");
	}

	@Test
	void everyAlertAndEveryPanelHasAnExpression() throws Exception {
		assertThat(ObservabilityFiles.alertExpressions()).hasSize(8)
			.allSatisfy((expression) -> assertThat(ObservabilityFiles.metricNames(expression)).isNotEmpty());
		assertThat(ObservabilityFiles.dashboardQueries()).hasSizeGreaterThan(20);
	}

	private static String promtool(String... arguments) throws Exception {
		assertThat(Path.of(PROMTOOL)).as("promtool (Debian package prometheus)").isExecutable();
		List<String> command = new ArrayList<>(List.of(PROMTOOL));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(ObservabilityFiles.HOME.toFile())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
