package org.muni311.deploy.manifests;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Validates Kubernetes objects strictly: built-in kinds with fabric8's model, where an
 * unknown (or misspelt) field lands in an {@code additionalProperties} map that must be
 * empty everywhere; custom resources against {@code custom-resources.yaml}.
 */
final class StrictModel {

	private final KubernetesSerialization serialization = new KubernetesSerialization();

	private final Map<String, Object> customResources;

	@SuppressWarnings("unchecked")
	StrictModel() {
		this.customResources = (Map<String, Object>) Repository
			.documents(Repository
				.read(Repository.find().path("deploy/manifests/src/test/resources/custom-resources.yaml")))
			.get(0);
	}

	/**
	 * Every problem of {@code object}, one line each, naming the object and the field.
	 */
	@SuppressWarnings("unchecked")
	List<String> problems(Map<String, Object> object) {
		String name = object.get("kind") + "/"
				+ ((Map<String, Object>) object.getOrDefault("metadata", Map.of())).get("name");
		List<String> problems = new ArrayList<>();
		KubernetesResource resource = this.serialization.unmarshal(this.serialization.asJson(object));
		if (resource instanceof GenericKubernetesResource) {
			Object schema = this.customResources.get(String.valueOf(object.get("kind")));
			if (!(schema instanceof Map)) {
				return List.of(name + ": a kind neither fabric8's model nor custom-resources.yaml knows");
			}
			Map<String, Object> crd = (Map<String, Object>) schema;
			if (!crd.get("apiVersion").equals(object.get("apiVersion"))) {
				problems.add(name + ": apiVersion " + object.get("apiVersion") + ", not " + crd.get("apiVersion"));
			}
			for (String key : object.keySet()) {
				if (!List.of("apiVersion", "kind", "metadata", "spec").contains(key)) {
					problems.add(name + ": unknown field " + key);
				}
			}
			checkModel(name + " metadata", this.serialization.convertValue(object.get("metadata"), ObjectMeta.class),
					problems);
			check(name + " spec", object.get("spec"), crd.get("spec"), problems);
			if ("ScaledObject".equals(object.get("kind"))) {
				checkTriggers(name, (Map<String, Object>) object.get("spec"), problems);
			}
		}
		else {
			checkModel(name, resource, problems);
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private void checkTriggers(String name, Map<String, Object> spec, List<String> problems) {
		Map<String, Object> known = (Map<String, Object>) this.customResources.get("ScaledObject triggers");
		for (Map<String, Object> trigger : (List<Map<String, Object>>) spec.getOrDefault("triggers", List.of())) {
			Object keys = known.get(String.valueOf(trigger.get("type")));
			if (!(keys instanceof List)) {
				problems.add(name + ": trigger type " + trigger.get("type") + " unknown to custom-resources.yaml");
				continue;
			}
			for (String key : ((Map<String, Object>) trigger.getOrDefault("metadata", Map.of())).keySet()) {
				if (!((List<Object>) keys).contains(key)) {
					problems.add(name + ": unknown " + trigger.get("type") + " trigger setting " + key);
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void check(String path, Object value, Object schema, List<String> problems) {
		if (value == null) {
			return;
		}
		if (schema instanceof Map) {
			if (!(value instanceof Map)) {
				problems.add(path + ": a mapping expected, not " + value);
				return;
			}
			Map<String, Object> fields = (Map<String, Object>) schema;
			((Map<String, Object>) value).forEach((key, field) -> {
				if (!fields.containsKey(key)) {
					problems.add(path + ": unknown field " + key);
				}
				else {
					check(path + "." + key, field, fields.get(key), problems);
				}
			});
		}
		else if (schema instanceof List) {
			if (!(value instanceof List)) {
				problems.add(path + ": a list expected, not " + value);
				return;
			}
			List<Object> items = (List<Object>) value;
			for (int i = 0; i < items.size(); i++) {
				check(path + "[" + i + "]", items.get(i), ((List<Object>) schema).get(0), problems);
			}
		}
		else {
			checkValue(path, value, String.valueOf(schema), problems);
		}
	}

	private void checkValue(String path, Object value, String type, List<String> problems) {
		boolean fits = switch (type) {
			case "string" -> value instanceof String;
			case "integer" -> value instanceof Integer || value instanceof Long;
			case "boolean" -> value instanceof Boolean;
			case "scalar" -> !(value instanceof Map) && !(value instanceof Collection);
			case "map" -> value instanceof Map;
			default -> type.startsWith("k8s:") && fitsModel(path, value, type.substring(4), problems);
		};
		if (!fits) {
			problems.add(path + ": " + type + " expected, not " + value);
		}
	}

	private boolean fitsModel(String path, Object value, String className, List<String> problems) {
		try {
			checkModel(path, this.serialization.convertValue(value, Class.forName(className)), problems);
			return true;
		}
		catch (ClassNotFoundException | IllegalArgumentException ex) {
			problems.add(path + ": " + ex.getMessage());
			return true;
		}
	}

	/** Every {@code additionalProperties} below {@code model} empty. */
	private static void checkModel(String path, Object model, List<String> problems) {
		if (model == null || !model.getClass().getName().startsWith("io.fabric8.")) {
			if (model instanceof Collection<?> items) {
				int i = 0;
				for (Object item : items) {
					checkModel(path + "[" + i++ + "]", item, problems);
				}
			}
			else if (model instanceof Map<?, ?> map) {
				map.forEach((key, item) -> checkModel(path + "." + key, item, problems));
			}
			return;
		}
		for (Method getter : model.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
				continue;
			}
			Object value;
			try {
				value = getter.invoke(model);
			}
			catch (ReflectiveOperationException ex) {
				continue;
			}
			if (getter.getName().equals("getAdditionalProperties")) {
				if (value instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
					problems.add(path + ": unknown field(s) " + unknown.keySet() + " in "
							+ model.getClass().getSimpleName());
				}
			}
			else {
				String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
				checkModel(path + "." + field, value, problems);
			}
		}
	}

}
