package org.muni311.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The repository this build runs in: its service modules, its deployment files, and the
 * two programs that read them without a cluster or a Docker engine ({@code kubectl
 * kustomize}, {@code docker-compose config}).
 */
final class Repository {

	/**
	 * What {@code compose.yaml} requires from {@code .env}: any value passes the check.
	 */
	static final Map<String, String> COMPOSE_SECRETS = Map.of("MUNI311_NOTIFICATION_UNSUBSCRIBE_SECRET",
			"check-only-0123456789abcdef0123456789", "GRAFANA_ADMIN_PASSWORD", "check-only");

	private static final Pattern SERVICE_MODULE = Pattern.compile("<module>([a-z-]+-service)</module>");

	final Path root;

	Repository(Path root) {
		this.root = root;
	}

	/** The repository around the working directory (the module's, under Maven). */
	static Repository find() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy")))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
		}
		return new Repository(dir);
	}

	/** The service modules the root pom lists (intake-service, routing-service, ...). */
	List<String> serviceModules() {
		List<String> modules = new ArrayList<>();
		Matcher matcher = SERVICE_MODULE.matcher(read(this.root.resolve("pom.xml")));
		while (matcher.find()) {
			modules.add(matcher.group(1));
		}
		return modules;
	}

	Path path(String relative) {
		return this.root.resolve(relative);
	}

	/** Every YAML file under {@code dir}. */
	List<Path> yamlFiles(String dir) {
		Path start = path(dir);
		if (!Files.isDirectory(start)) {
			return List.of();
		}
		try (var files = Files.walk(start)) {
			return files.filter((file) -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The documents of a YAML text (empty ones left out). */
	static List<Object> documents(String yaml) {
		List<Object> documents = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
			if (document != null) {
				documents.add(document);
			}
		}
		return documents;
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code kubectl kustomize dir}: the overlay's objects. */
	String kustomize(String dir) {
		return run(Map.of(), "kubectl", "kustomize", path(dir).toString());
	}

	/**
	 * {@code docker-compose -f file config}: the Compose file resolved (anchors, merges,
	 * variables).
	 */
	String composeConfig(String file, String... more) {
		List<String> command = new ArrayList<>(List.of("docker-compose", "-f", path(file).toString(), "config"));
		command.addAll(List.of(more));
		return run(COMPOSE_SECRETS, command.toArray(String[]::new));
	}

	/**
	 * Runs {@code command} in the repository; its output, or a failure with its error
	 * output.
	 */
	String run(Map<String, String> environment, String... command) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.root.toFile());
		builder.environment().putAll(environment);
		try {
			Path errors = Files.createTempFile("deploy-check", ".err");
			builder.redirectError(errors.toFile());
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish within 120 s");
			}
			String error = Files.readString(errors);
			Files.delete(errors);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + error + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException(command[0] + " cannot run here (" + ex.getMessage()
					+ "): deploy/test-support/provide-test-tools.sh, which ./mvnw verify runs, installs docker-compose "
					+ "and kubectl", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
