package org.muni311.deploy.manifests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one service reads: the properties of every configuration metadata file it has
 * (Spring Boot's and the libraries' on this classpath, its own generated into
 * {@code target/classes}, service-autoconfigure's), the keys of its YAML configuration
 * and the placeholders in it ({@code ${PORT:8080}}). An environment variable is read when
 * Spring's relaxed binding maps it to one of them, or a placeholder names it.
 */
final class ServiceSettings {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-\\[\\]]+)");

	/** Read by the JVM, not Spring. */
	private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS");

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private final String module;

	/** The environment forms of single values' names. */
	private final Set<String> values = new HashSet<>();

	/**
	 * The environment forms of maps' and lists' names: any variable below them is read.
	 */
	private final Set<String> containers = new HashSet<>();

	/** Placeholders as written: environment variable names such as PORT. */
	private final Set<String> placeholders = new HashSet<>();

	private ServiceSettings(String module) {
		this.module = module;
	}

	static ServiceSettings of(Repository repository, String module) {
		ServiceSettings settings = new ServiceSettings(module);
		settings.libraries();
		List<String> ownModules = new ArrayList<>(List.of(module));
		if ("intake-service".equals(module)) {
			ownModules.add("municipality-admin");
		}
		for (String own : ownModules) {
			if (!Files.isDirectory(repository.path(own + "/target/classes"))) {
				throw new IllegalStateException(own + " is not built: build it first (its "
						+ "spring-boot-configuration-processor writes the metadata of its settings)");
			}
			// none when the module has no @ConfigurationProperties of its own
			Path metadata = repository.path(own + "/target/classes/" + METADATA);
			if (Files.exists(metadata)) {
				settings.metadata(Repository.read(metadata));
			}
			try (var files = Files.list(repository.path(own + "/src/main/resources"))) {
				files.filter((file) -> file.getFileName().toString().matches("application.*\\.ya?ml"))
					.forEach((file) -> settings.yaml(Repository.read(file)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		for (String defaults : List.of("muni311-service-defaults.yml", "muni311-service-defaults-production.yml")) {
			settings.yaml(Repository.read(repository.path("service-autoconfigure/src/main/resources/" + defaults)));
		}
		return settings;
	}

	/**
	 * Whether the service reads {@code variable}.
	 * @param variable an environment variable's name
	 * @return whether relaxed binding or a placeholder takes it
	 */
	boolean reads(String variable) {
		if (JVM.contains(variable) || this.placeholders.contains(variable)) {
			return true;
		}
		// Spring's SystemEnvironmentPropertyMapper: muni311.kafka.min-insync-replicas is
		// MUNI311_KAFKA_MININSYNCREPLICAS, or in the legacy form (each dash an
		// underscore)
		// MUNI311_KAFKA_MIN_INSYNC_REPLICAS
		if (this.values.contains(variable)) {
			return true;
		}
		for (String container : this.containers) {
			if (variable.startsWith(container + "_")) {
				return true;
			}
		}
		return false;
	}

	String module() {
		return this.module;
	}

	private void libraries() {
		try {
			Enumeration<URL> files = getClass().getClassLoader().getResources(METADATA);
			while (files.hasMoreElements()) {
				try (InputStream in = files.nextElement().openStream()) {
					metadata(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void metadata(String json) {
		try {
			JsonNode root = new ObjectMapper().readTree(json);
			for (JsonNode property : root.path("properties")) {
				String type = property.path("type").asText("");
				String name = property.path("name").asText();
				if (type.startsWith("java.util.Map") || type.startsWith("java.util.List")
						|| type.startsWith("java.util.Set") || type.startsWith("java.util.Collection")) {
					this.containers.addAll(variables(name));
				}
				this.values.addAll(variables(name));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private void yaml(String yaml) {
		Matcher matcher = PLACEHOLDER.matcher(yaml);
		while (matcher.find()) {
			this.placeholders.add(matcher.group(1));
			this.values.addAll(variables(matcher.group(1)));
		}
		for (Object document : Repository.documents(yaml)) {
			keys("", (Map<String, Object>) document);
		}
	}

	@SuppressWarnings("unchecked")
	private void keys(String prefix, Map<String, Object> map) {
		map.forEach((key, value) -> {
			String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
			if (value instanceof Map) {
				keys(name, (Map<String, Object>) value);
			}
			else if (value instanceof List) {
				this.containers.addAll(variables(name));
			}
			else {
				this.values.addAll(variables(name));
			}
		});
	}

	/**
	 * The environment variables Spring maps to {@code property}: dots as underscores,
	 * upper case, dashes dropped or (the legacy form) underscores; a key in brackets as a
	 * part of its own.
	 */
	static List<String> variables(String property) {
		String name = property.replace("[", ".").replace("]", "").replace("\"", "").toUpperCase(Locale.ROOT);
		return List.of(name.replace("-", "").replace('.', '_'), name.replace('-', '_').replace('.', '_'));
	}

}
