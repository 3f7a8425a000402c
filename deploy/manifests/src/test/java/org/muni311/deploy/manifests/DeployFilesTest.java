package org.muni311.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.kafka.DeclaredTopics;
import org.muni311.autoconfigure.kafka.TopicProperties;
import org.muni311.autoconfigure.production.PlatformRequirements;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code deploy/} honest, without a cluster or a Docker engine: every YAML file
 * parses; every Kubernetes object of every overlay ({@code kubectl kustomize}) validates
 * strictly; every service module has an image, Compose services and a Deployment; every
 * variable Compose and Kubernetes set is one the service reads; ports and probes point
 * where the service listens; every image is pinned by digest; the {@code KafkaTopic}
 * resources are exactly the topics the services declare, with their settings; the Compose
 * file passes {@code docker-compose config -q}.
 */
class DeployFilesTest {

	private static final List<String> OVERLAYS = List.of("deploy/kubernetes/overlays/small",
			"deploy/kubernetes/overlays/production");

	private static final String COMPOSE = "deploy/compose/compose.yaml";

	/**
	 * The one Dockerfile of every service image, the service and its ports build
	 * arguments.
	 */
	private static final String DOCKERFILE = "deploy/image/Dockerfile";

	private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");

	private static Repository repository;

	private static List<String> modules;

	/** The objects of each overlay, rendered once. */
	private static final Map<String, List<Map<String, Object>>> rendered = new LinkedHashMap<>();

	private static final Map<String, ServiceSettings> settings = new HashMap<>();

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void render() {
		repository = Repository.find();
		modules = repository.serviceModules();
		assertThat(modules).as("service modules in the root pom").isNotEmpty();
		for (String overlay : OVERLAYS) {
			rendered.put(overlay,
					Repository.documents(repository.kustomize(overlay))
						.stream()
						.map((document) -> (Map<String, Object>) document)
						.toList());
		}
		modules.forEach((module) -> settings.put(module, ServiceSettings.of(repository, module)));
	}

	@Test
	void everyYamlFileParses() {
		List<Path> files = new ArrayList<>();
		for (String dir : List.of("deploy/compose", "deploy/kubernetes", "deploy/observability")) {
			files.addAll(repository.yamlFiles(dir));
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			assertThat(Repository.documents(Repository.read(file))).as(file.toString()).isNotNull();
		}
	}

	@Test
	void everyKubernetesObjectValidatesStrictly() {
		StrictModel model = new StrictModel();
		List<String> problems = new ArrayList<>();
		rendered.forEach((overlay, objects) -> objects
			.forEach((object) -> model.problems(object).forEach((problem) -> problems.add(overlay + ": " + problem))));
		assertThat(problems).as("unknown or misplaced fields").isEmpty();
	}

	@Test
	void everyServiceHasAnImageComposeServicesAndADeployment() {
		Map<String, Map<String, Object>> compose = composeServices();
		for (String module : modules) {
			assertThat(image(module)).as(module + "'s image").contains(module + "/target/");
			List<String> instances = composeInstances(compose, module);
			assertThat(instances).as(module + " in " + COMPOSE + ", twice").hasSizeGreaterThanOrEqualTo(2);
			assertThat(instances.stream().filter((name) -> compose.get(name).containsKey("build")))
				.as(module + " built from its module in " + COMPOSE)
				.isNotEmpty();
			for (String overlay : OVERLAYS) {
				assertThat(object(overlay, "Deployment", module)).as(module + "'s Deployment in " + overlay)
					.isNotNull();
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyVariableComposeAndKubernetesSetIsOneTheServiceReads() {
		List<String> unread = new ArrayList<>();
		Map<String, Map<String, Object>> compose = composeServices();
		for (String module : modules) {
			ServiceSettings service = settings.get(module);
			for (String instance : composeInstances(compose, module)) {
				Map<String, Object> environment = (Map<String, Object>) compose.get(instance)
					.getOrDefault("environment", Map.of());
				environment.keySet()
					.stream()
					.filter((variable) -> !service.reads(variable))
					.forEach((variable) -> unread.add(COMPOSE + " " + instance + ": " + variable));
			}
			for (String overlay : OVERLAYS) {
				environment(overlay, module).keySet()
					.stream()
					.filter((variable) -> !service.reads(variable))
					.forEach((variable) -> unread.add(overlay + " Deployment/" + module + ": " + variable));
			}
		}
		assertThat(unread).as("variables no service reads (misspelt, or set on the wrong service)").isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void portsAndProbesPointWhereTheServiceListens() {
		List<String> problems = new ArrayList<>();
		for (String module : modules) {
			String dockerfile = image(module);
			Set<String> exposed = Pattern.compile("(?m)^EXPOSE (.+)$")
				.matcher(dockerfile)
				.results()
				.flatMap((match) -> List.of(match.group(1).trim().split("\\s+")).stream())
				.collect(Collectors.toSet());
			for (String overlay : OVERLAYS) {
				String where = overlay + " Deployment/" + module;
				Map<String, String> environment = environment(overlay, module);
				Map<String, Object> container = container(overlay, module);
				Map<String, Integer> ports = new HashMap<>();
				for (Map<String, Object> port : (List<Map<String, Object>>) container.getOrDefault("ports",
						List.of())) {
					ports.put(String.valueOf(port.get("name")), (Integer) port.get("containerPort"));
				}
				expect(problems, where + ": port http is PORT", String.valueOf(ports.get("http")),
						environment.get("PORT"));
				expect(problems, where + ": port management is MANAGEMENT_SERVER_PORT",
						String.valueOf(ports.get("management")), environment.get("MANAGEMENT_SERVER_PORT"));
				if (!exposed
					.containsAll(List.of(String.valueOf(ports.get("http")), String.valueOf(ports.get("management"))))) {
					problems.add(where + ": ports " + ports.values() + " not all EXPOSEd by " + module + "'s image");
				}
				for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
					Map<String, Object> check = (Map<String, Object>) container.get(probe);
					if (check == null || !(check.get("httpGet") instanceof Map)) {
						problems.add(where + ": no " + probe + " over HTTP");
						continue;
					}
					Map<String, Object> get = (Map<String, Object>) check.get("httpGet");
					expect(problems, where + " " + probe + " port", "management", String.valueOf(get.get("port")));
					expect(problems, where + " " + probe + " path",
							probe.equals("readinessProbe") ? "/actuator/health/readiness" : "/actuator/health/liveness",
							String.valueOf(get.get("path")));
				}
				Map<String, Object> resources = (Map<String, Object>) container.getOrDefault("resources", Map.of());
				if (!resources.containsKey("requests") || !resources.containsKey("limits")) {
					problems.add(where + ": requests and limits");
				}
				Map<String, Object> service = object(overlay, "Service", module);
				if (service == null) {
					problems.add(overlay + ": no Service " + module);
					continue;
				}
				for (Map<String, Object> port : (List<Map<String, Object>>) ((Map<String, Object>) service.get("spec"))
					.get("ports")) {
					if (!ports.containsKey(String.valueOf(port.get("targetPort")))) {
						problems.add(overlay + " Service/" + module + ": targetPort " + port.get("targetPort")
								+ " is no container port");
					}
				}
			}
			for (Map<String, Object> instance : composeInstances(composeServices(), module).stream()
				.map(composeServices()::get)
				.toList()) {
				Map<String, Object> environment = (Map<String, Object>) instance.get("environment");
				for (Object published : (List<Object>) instance.getOrDefault("ports", List.of())) {
					String target = (published instanceof Map)
							? String.valueOf(((Map<String, Object>) published).get("target"))
							: String.valueOf(published).replaceAll(".*:", "");
					expect(problems, COMPOSE + " " + module + ": published port is PORT", target,
							String.valueOf(environment.get("PORT")));
				}
				if (!exposed.contains(String.valueOf(environment.get("MANAGEMENT_SERVER_PORT")))) {
					problems.add(COMPOSE + " " + module + ": MANAGEMENT_SERVER_PORT not EXPOSEd by its image");
				}
			}
		}
		rendered.forEach((overlay, objects) -> objects.stream()
			.filter((object) -> "Ingress".equals(object.get("kind")))
			.forEach((ingress) -> backends(ingress).forEach((backend) -> {
				Map<String, Object> service = object(overlay, "Service", backend.get("name"));
				if (service == null || !String.valueOf(service.get("spec")).contains("name=" + backend.get("port"))) {
					problems.add(overlay + " Ingress: no Service port " + backend);
				}
			})));
		assertThat(problems).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyImageIsPinnedByDigest() {
		List<String> unpinned = new ArrayList<>();
		rendered.forEach((overlay,
				objects) -> objects.forEach((object) -> images(object).stream()
					.filter((image) -> !DIGEST.matcher(image).matches())
					.forEach((image) -> unpinned.add(overlay + " " + object.get("kind") + ": " + image))));
		Set<String> built = new TreeSet<>();
		composeServices().values()
			.stream()
			.filter((service) -> service.containsKey("build"))
			.forEach((service) -> built.add(String.valueOf(service.get("image"))));
		composeServices().forEach((name, service) -> {
			String image = String.valueOf(service.get("image"));
			if (!built.contains(image) && !DIGEST.matcher(image).matches()) {
				unpinned.add(COMPOSE + " " + name + ": " + image);
			}
		});
		Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(Repository.read(repository.path(DOCKERFILE)));
		while (from.find()) {
			if (!DIGEST.matcher(from.group(1)).matches()) {
				unpinned.add(DOCKERFILE + ": " + from.group(1));
			}
		}
		assertThat(unpinned).as("images not pinned by digest").isEmpty();
	}

	@Test
	void imagesAreLayeredNonRootAndSizedFromTheContainer() {
		for (String module : modules) {
			String dockerfile = image(module);
			assertThat(dockerfile).as(module)
				.contains("java -Djarmode=tools -jar application.jar extract --layers --destination extracted")
				.contains("COPY " + module + "/target/" + module + "-0.1.0-SNAPSHOT.jar")
				.contains("-XX:MaxRAMPercentage=");
			for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
				assertThat(dockerfile).as(module + " layer " + layer)
					.contains("COPY --from=layers /build/extracted/" + layer + "/ ./");
			}
			assertThat(Pattern.compile("(?m)^USER (\\d+)").matcher(dockerfile).results().map((m) -> m.group(1)))
				.as(module + " runs as a numeric non-root user")
				.singleElement()
				.isNotEqualTo("0");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theKafkaTopicsAreExactlyTheTopicsTheServicesDeclare() {
		Set<String> deadLetters = new TreeSet<>();
		for (String module : modules) {
			deadLetters.addAll(DeclaredTopics.deadLetterTopics(
					environment(List.of(repository.path(module + "/src/main/resources/application.yml")), Map.of())));
		}
		assertThat(deadLetters).as("dead-letter topics of the services' bindings").isNotEmpty();
		for (String overlay : OVERLAYS) {
			Map<String, Object> platform = (Map<String, Object>) object(overlay, "ConfigMap", "muni311-platform")
				.get("data");
			Map<String, Object> values = new HashMap<>(platform);
			values.put("muni311.kafka.min-insync-replicas", platform.get("MUNI311_KAFKA_MININSYNCREPLICAS"));
			List<Path> defaults = new ArrayList<>();
			if (String.valueOf(platform.get("SPRING_PROFILES_ACTIVE")).contains("production")) {
				defaults.add(repository
					.path("service-autoconfigure/src/main/resources/muni311-service-defaults-production.yml"));
			}
			defaults.add(repository.path("service-autoconfigure/src/main/resources/muni311-service-defaults.yml"));
			TopicProperties topics = Binder.get(environment(defaults, values))
				.bind("muni311.kafka", TopicProperties.class)
				.get();
			Map<String, String> expected = new TreeMap<>();
			List<NewTopic> declared = new ArrayList<>(DeclaredTopics.of(topics, deadLetters));
			declared.add(routingQueueChanges(topics));
			for (NewTopic topic : declared) {
				expected.put(topic.name(), topic.numPartitions() + " partitions, " + topic.replicationFactor()
						+ " replicas, " + new TreeMap<>(topic.configs()));
			}
			Map<String, String> actual = new TreeMap<>();
			rendered.get(overlay)
				.stream()
				.filter((object) -> "KafkaTopic".equals(object.get("kind")))
				.forEach((object) -> {
					Map<String, Object> spec = (Map<String, Object>) object.get("spec");
					Map<String, String> config = new TreeMap<>();
					((Map<String, Object>) spec.getOrDefault("config", Map.of()))
						.forEach((key, value) -> config.put(key, String.valueOf(value)));
					actual.put(String.valueOf(spec.get("topicName")),
							spec.get("partitions") + " partitions, " + spec.get("replicas") + " replicas, " + config);
				});
			assertThat(actual.keySet()).as(overlay + ": KafkaTopic resources against the topics the services declare")
				.containsExactlyInAnyOrderElementsOf(expected.keySet());
			assertThat(actual).as(overlay + ": KafkaTopic settings against DeclaredTopics").isEqualTo(expected);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void consumersNeverScaleBeyondTheirPartitions() {
		for (String overlay : OVERLAYS) {
			Map<String, Integer> partitions = new HashMap<>();
			rendered.get(overlay)
				.stream()
				.filter((object) -> "KafkaTopic".equals(object.get("kind")))
				.forEach((object) -> {
					Map<String, Object> spec = (Map<String, Object>) object.get("spec");
					partitions.put(String.valueOf(spec.get("topicName")),
							(spec.get("partitions") instanceof Integer count) ? count : 0);
				});
			rendered.get(overlay)
				.stream()
				.filter((object) -> "ScaledObject".equals(object.get("kind")))
				.forEach((object) -> {
					Map<String, Object> spec = (Map<String, Object>) object.get("spec");
					String target = String.valueOf(((Map<String, Object>) spec.get("scaleTargetRef")).get("name"));
					assertThat(object(overlay, "Deployment", target)).as(overlay + " ScaledObject target").isNotNull();
					int fewest = topicsOf(target).stream()
						.mapToInt((topic) -> partitions.getOrDefault(topic, 0))
						.min()
						.orElse(0);
					assertThat((Integer) spec.get("maxReplicaCount")).as(overlay + " ScaledObject/" + target)
						.isPositive()
						.isLessThanOrEqualTo(fewest);
				});
		}
	}

	@Test
	void everyDeploymentMeetsTheProductionProfile() {
		List<String> problems = new ArrayList<>();
		for (String overlay : OVERLAYS) {
			for (String module : modules) {
				Map<String, Object> variables = new HashMap<>(environment(overlay, module));
				// what the operators' Secrets hold: a connection string with user,
				// password and TLS
				variables.replaceAll((name, value) -> "null".equals(value) ? "from-a-secret" : value);
				variables.put("SPRING_MONGODB_URI", "mongodb://" + module + ":secret@muni311-mongodb-0/admin?tls=true");
				StandardEnvironment environment = environment(List.of(
						repository.path(module + "/src/main/resources/application.yml"),
						repository
							.path("service-autoconfigure/src/main/resources/muni311-service-defaults-production.yml"),
						repository.path("service-autoconfigure/src/main/resources/muni311-service-defaults.yml")),
						Map.of());
				environment.getPropertySources()
					.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							new SystemEnvironmentPropertySource(
									StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
				environment.setActiveProfiles(String.valueOf(variables.get("SPRING_PROFILES_ACTIVE")).split(","));
				ConfigurationPropertySources.attach(environment);
				assertThat(environment.getActiveProfiles()).as(overlay + " " + module).contains("production");
				new PlatformRequirements().problems(environment)
					.forEach((problem) -> problems.add(overlay + " Deployment/" + module + ": " + problem));
			}
		}
		assertThat(problems).as("the production profile would refuse to start").isEmpty();
	}

	@Test
	void theComposeFilePassesDockerComposeConfig() {
		assertThat(repository.composeConfig(COMPOSE, "-q")).isEmpty();
	}

	// --- reading the rendered files

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> composeServices() {
		Map<String, Object> compose = (Map<String, Object>) Repository.documents(repository.composeConfig(COMPOSE))
			.get(0);
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	/** The Compose services running {@code module}'s image. */
	/**
	 * The Dockerfile as Compose builds {@code module}'s image: its build arguments (the
	 * service, its ports; an argument's default where Compose gives none) put in.
	 */
	@SuppressWarnings("unchecked")
	private static String image(String module) {
		Map<String, Map<String, Object>> compose = composeServices();
		Map<String, Object> build = composeInstances(compose, module).stream()
			.map((name) -> compose.get(name).get("build"))
			.filter(Map.class::isInstance)
			.map((found) -> (Map<String, Object>) found)
			.findFirst()
			.orElseThrow(() -> new AssertionError(module + " is built nowhere in " + COMPOSE));
		// as written (../..) or as docker-compose config resolves it (absolute)
		Path context = repository.path(COMPOSE)
			.toAbsolutePath()
			.getParent()
			.resolve(String.valueOf(build.get("context")))
			.normalize();
		assertThat(context).as(module + "'s build context in " + COMPOSE)
			.isEqualTo(repository.path(".").toAbsolutePath().normalize());
		assertThat(context.resolve(String.valueOf(build.get("dockerfile"))).normalize())
			.as(module + "'s Dockerfile in " + COMPOSE)
			.isEqualTo(repository.path(DOCKERFILE).toAbsolutePath().normalize());
		Map<String, String> arguments = new HashMap<>();
		String dockerfile = Repository.read(repository.path(DOCKERFILE));
		Pattern.compile("(?m)^ARG (\\w+)(?:=(\\S+))?$")
			.matcher(dockerfile)
			.results()
			.filter((argument) -> argument.group(2) != null)
			.forEach((argument) -> arguments.put(argument.group(1), argument.group(2)));
		((Map<String, Object>) build.getOrDefault("args", Map.of()))
			.forEach((name, value) -> arguments.put(name, String.valueOf(value)));
		Matcher reference = Pattern.compile("\\$\\{(\\w+)}").matcher(dockerfile);
		StringBuilder built = new StringBuilder();
		while (reference.find()) {
			String value = arguments.get(reference.group(1));
			assertThat(value).as(module + ": build argument " + reference.group(1) + " in " + COMPOSE).isNotNull();
			reference.appendReplacement(built, Matcher.quoteReplacement(value));
		}
		return reference.appendTail(built).toString();
	}

	private static List<String> composeInstances(Map<String, Map<String, Object>> compose, String module) {
		return compose.entrySet()
			.stream()
			.filter((entry) -> String.valueOf(entry.getValue().get("image")).startsWith("muni311/" + module + ":"))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(String overlay, String kind, String name) {
		return rendered.get(overlay)
			.stream()
			.filter((object) -> kind.equals(object.get("kind"))
					&& name.equals(((Map<String, Object>) object.get("metadata")).get("name")))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> container(String overlay, String module) {
		Map<String, Object> deployment = object(overlay, "Deployment", module);
		Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) deployment.get("spec"))
			.get("template");
		return ((List<Map<String, Object>>) ((Map<String, Object>) template.get("spec")).get("containers")).get(0);
	}

	/**
	 * The variables the Deployment's container gets: env, and the ConfigMaps of envFrom.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> environment(String overlay, String module) {
		Map<String, String> environment = new LinkedHashMap<>();
		Map<String, Object> container = container(overlay, module);
		for (Map<String, Object> from : (List<Map<String, Object>>) container.getOrDefault("envFrom", List.of())) {
			Map<String, Object> ref = (Map<String, Object>) from.get("configMapRef");
			assertThat(ref).as(overlay + " " + module + ": envFrom a ConfigMap").isNotNull();
			Map<String, Object> configMap = object(overlay, "ConfigMap", String.valueOf(ref.get("name")));
			assertThat(configMap).as(overlay + " ConfigMap " + ref.get("name")).isNotNull();
			((Map<String, Object>) configMap.getOrDefault("data", Map.of()))
				.forEach((key, value) -> environment.put(key, String.valueOf(value)));
		}
		for (Map<String, Object> variable : (List<Map<String, Object>>) container.getOrDefault("env", List.of())) {
			environment.put(String.valueOf(variable.get("name")), String.valueOf(variable.get("value")));
		}
		return environment;
	}

	@SuppressWarnings("unchecked")
	private static List<String> images(Map<String, Object> object) {
		List<String> images = new ArrayList<>();
		Object spec = object.get("spec");
		if (spec instanceof Map && ((Map<String, Object>) spec).get("template") instanceof Map) {
			Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec)
				.get("template")).get("spec");
			for (String list : List.of("containers", "initContainers")) {
				for (Map<String, Object> container : (List<Map<String, Object>>) pod.getOrDefault(list, List.of())) {
					images.add(String.valueOf(container.get("image")));
				}
			}
		}
		return images;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, String>> backends(Map<String, Object> ingress) {
		List<Map<String, String>> backends = new ArrayList<>();
		for (Map<String, Object> rule : (List<Map<String, Object>>) ((Map<String, Object>) ingress.get("spec"))
			.get("rules")) {
			for (Map<String, Object> path : (List<Map<String, Object>>) ((Map<String, Object>) rule.get("http"))
				.get("paths")) {
				Map<String, Object> service = (Map<String, Object>) ((Map<String, Object>) path.get("backend"))
					.get("service");
				Map<String, Object> port = (Map<String, Object>) service.get("port");
				backends
					.add(Map.of("name", String.valueOf(service.get("name")), "port", String.valueOf(port.get("name"))));
			}
		}
		return backends;
	}

	/**
	 * Routing's own topic as {@code QueueChangeFeed.topic} declares it, read from
	 * routing's compiled classes (its jar is repackaged, so not a dependency of this
	 * module).
	 */
	private static NewTopic routingQueueChanges(TopicProperties topics) {
		Path classes = repository.path("routing-service/target/classes");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				DeployFilesTest.class.getClassLoader())) {
			return (NewTopic) loader.loadClass("org.muni311.routing.workqueue.QueueChangeFeed")
				.getMethod("topic", TopicProperties.class)
				.invoke(null, topics);
		}
		catch (IOException | ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read routing's topic from " + classes, ex);
		}
	}

	/** The topics {@code module}'s bindings consume. */
	@SuppressWarnings("unchecked")
	private static Set<String> topicsOf(String module) {
		Set<String> topics = new TreeSet<>();
		for (Object document : Repository
			.documents(Repository.read(repository.path(module + "/src/main/resources/application.yml")))) {
			Object node = document;
			for (String key : List.of("spring", "cloud", "stream", "bindings")) {
				node = (node instanceof Map) ? ((Map<String, Object>) node).get(key) : null;
			}
			if (node instanceof Map) {
				((Map<String, Object>) node).values()
					.forEach((binding) -> topics
						.add(String.valueOf(((Map<String, Object>) binding).get("destination"))));
			}
		}
		return topics;
	}

	/** An environment of {@code files} (first wins) under {@code values}. */
	private static StandardEnvironment environment(List<Path> files, Map<String, Object> values) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("deployment", values));
		for (Path file : files) {
			try {
				for (PropertySource<?> source : new YamlPropertySourceLoader().load(file.toString(),
						new FileSystemResource(file))) {
					environment.getPropertySources().addLast(source);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return environment;
	}

	private static void expect(List<String> problems, String what, String expected, String actual) {
		if (!expected.equals(actual)) {
			problems.add(what + ": " + actual + ", expected " + expected);
		}
	}

}
