package org.muni311.deploy.testsupport.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's authorization matrix, written as a table: one row per call (the endpoint as
 * its handler mapping declares it, then the concrete request), one column per caller,
 * each cell the answer expected. {@link #assertCovers} fails for an endpoint of the
 * running service without a row (and a row naming no endpoint), {@link #assertAnswers}
 * sends every cell and fails listing each cell whose answer differs.
 *
 * <pre>
 * endpoint                                     | request                       | anon crew other
 * GET /crew/v1/municipalities/{j}/work-items   | GET /crew/v1/municipalities/A/work-items?department=roads | 401 200 403
 * </pre>
 *
 * A cell is a status code, {@code 2xx} (any success), {@code 3xx} (a redirect, such as to
 * the sign-in page), {@code 4xx} (a refusal the service itself words, such as a bad
 * input), or {@code -} (not sent). The request may name placeholders in braces, which the
 * test resolves per cell (a fresh work item for each change, so that one caller's change
 * does not make the next one's stale); a body follows the request after {@code <<}.
 */
public final class AuthorizationMatrix {

	private final List<String> callers;

	private final List<Row> rows;

	private AuthorizationMatrix(List<String> callers, List<Row> rows) {
		this.callers = callers;
		this.rows = rows;
	}

	/**
	 * Reads a table: the first line names the callers after the second {@code |}; each
	 * further line is {@code METHOD pattern | METHOD path[?query] [<< body] | cells}.
	 * Blank lines and lines starting with {@code #} are skipped.
	 */
	public static AuthorizationMatrix parse(String table) {
		List<String> lines = table.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		List<String> callers = Arrays.asList(lines.get(0).split("\\|")[2].strip().split("\\s+"));
		List<Row> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] parts = line.split("\\|");
			if (parts.length != 3) {
				throw new IllegalArgumentException("A row is: endpoint | request | cells, not: " + line);
			}
			String[] cells = parts[2].strip().split("\\s+");
			if (cells.length != callers.size()) {
				throw new IllegalArgumentException(
						"Row has " + cells.length + " cells for " + callers.size() + " callers: " + line);
			}
			String request = parts[1].strip();
			String body = null;
			int heredoc = request.indexOf("<<");
			if (heredoc >= 0) {
				body = request.substring(heredoc + 2).strip();
				request = request.substring(0, heredoc).strip();
			}
			String[] call = request.split("\\s+", 2);
			rows.add(new Row(normalise(parts[0].strip()), call[0], call[1], body, Arrays.asList(cells)));
		}
		return new AuthorizationMatrix(callers, rows);
	}

	/**
	 * {@code METHOD pattern} of every handler method {@code mappings} holds; {@code ANY}
	 * for one that names no method.
	 */
	public static Set<String> endpointsOf(RequestMappingHandlerMapping mappings) {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach((info) -> {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String pattern : info.getPatternValues()) {
				methods.forEach((method) -> endpoints.add(method + " " + pattern));
			}
		});
		assertThat(endpoints).as("handler methods").isNotEmpty();
		return endpoints;
	}

	/** The callers, as the columns name them. */
	public List<String> callers() {
		return this.callers;
	}

	/**
	 * Fails unless every endpoint in {@code endpoints} ({@code METHOD pattern}, as a
	 * handler mapping declares them) has a row, and every row names one of them.
	 */
	public void assertCovers(Set<String> endpoints) {
		Set<String> mapped = new TreeSet<>();
		endpoints.forEach((endpoint) -> mapped.add(normalise(endpoint)));
		Set<String> covered = new TreeSet<>();
		this.rows.forEach((row) -> covered.add(row.endpoint()));
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(covered);
		Set<String> unknown = new TreeSet<>(covered);
		unknown.removeAll(mapped);
		assertThat(missing).as("endpoints of the service with no row in the authorization matrix").isEmpty();
		assertThat(unknown).as("rows of the authorization matrix naming no endpoint of the service").isEmpty();
	}

	/**
	 * Sends every cell through {@code send} (given the caller and the call, it answers
	 * the status) and fails listing every cell answered otherwise than expected.
	 */
	public void assertAnswers(Function<Cell, Integer> send) {
		Map<String, String> wrong = new LinkedHashMap<>();
		int sent = 0;
		for (Row row : this.rows) {
			for (int i = 0; i < this.callers.size(); i++) {
				String expected = row.cells().get(i);
				if ("-".equals(expected)) {
					continue;
				}
				Cell cell = new Cell(this.callers.get(i), row.method(), row.path(), row.body());
				int status = send.apply(cell);
				sent++;
				if (!matches(expected, status)) {
					wrong.put(cell.caller() + " " + row.method() + " " + row.path(),
							"expected " + expected + ", got " + status);
				}
			}
		}
		assertThat(sent).as("cells sent").isPositive();
		assertThat(wrong).as("cells of the authorization matrix answered otherwise").isEmpty();
	}

	/** The endpoints with a row, as {@code METHOD pattern}. */
	public Set<String> endpoints() {
		Set<String> endpoints = new LinkedHashSet<>();
		this.rows.forEach((row) -> endpoints.add(row.endpoint()));
		return endpoints;
	}

	private static boolean matches(String expected, int status) {
		if (expected.endsWith("xx")) {
			return String.valueOf(status).charAt(0) == expected.charAt(0);
		}
		return Integer.parseInt(expected) == status;
	}

	/** {@code METHOD pattern} with the path variables' names dropped: {@code {}}. */
	private static String normalise(String endpoint) {
		return endpoint.replaceAll("\\{[^}]*}", "{}").replaceAll("\\s+", " ");
	}

	private record Row(String endpoint, String method, String path, String body, List<String> cells) {
	}

	/**
	 * One request to send.
	 *
	 * @param caller the column: who sends it
	 * @param method the HTTP method
	 * @param path the path and query, with placeholders in braces for the test to resolve
	 * @param body the body, or {@code null}
	 */
	public record Cell(String caller, String method, String path, String body) {
	}

}
