package org.muni311.municipality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What changed between two configurations, field by field, by the JSON paths a clerk
 * writes. Lists of entries with a {@code code} or an {@code id} (services, groups,
 * departments, crews) are compared by it, so that a service added in the middle is one
 * change rather than every one after it: {@code services[pothole].name.fr}. Other lists
 * (rules, languages) are compared by position.
 */
final class ConfigurationDiff {

	private final List<Change> changes = new ArrayList<>();

	private ConfigurationDiff() {
	}

	/** The changes from {@code before} to {@code after}, in the order of the fields. */
	static List<Change> between(JsonNode before, JsonNode after) {
		ConfigurationDiff diff = new ConfigurationDiff();
		diff.compare("", before, after);
		return List.copyOf(diff.changes);
	}

	private void compare(String path, JsonNode before, JsonNode after) {
		if (before == null || before.isMissingNode() || before.isNull()) {
			if (after != null && !after.isMissingNode() && !after.isNull()) {
				this.changes.add(new Change(path, null, after));
			}
			return;
		}
		if (after == null || after.isMissingNode() || after.isNull()) {
			this.changes.add(new Change(path, before, null));
			return;
		}
		if (before.isObject() && after.isObject()) {
			Set<String> names = new LinkedHashSet<>(before.propertyNames());
			names.addAll(after.propertyNames());
			for (String name : names) {
				compare(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name));
			}
		}
		else if (before.isArray() && after.isArray()) {
			String key = keyOf(before, after);
			if (key != null) {
				Map<String, JsonNode> was = byKey(before, key);
				Map<String, JsonNode> is = byKey(after, key);
				Set<String> keys = new LinkedHashSet<>(was.keySet());
				keys.addAll(is.keySet());
				for (String entry : keys) {
					compare(path + "[" + entry + "]", was.get(entry), is.get(entry));
				}
			}
			else {
				for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
					compare(path + "[" + i + "]", before.get(i), after.get(i));
				}
			}
		}
		else if (!before.equals(after)) {
			this.changes.add(new Change(path, before, after));
		}
	}

	/**
	 * {@code code} or {@code id}, when every entry of both lists (one of them may be
	 * empty) has it, distinct.
	 */
	private static String keyOf(JsonNode before, JsonNode after) {
		for (String key : List.of("code", "id")) {
			if ((!before.isEmpty() || !after.isEmpty()) && keyed(before, key) && keyed(after, key)) {
				return key;
			}
		}
		return null;
	}

	private static boolean keyed(JsonNode list, String key) {
		Set<String> seen = new LinkedHashSet<>();
		for (JsonNode entry : list) {
			if (!entry.path(key).isString() || !seen.add(entry.path(key).asString())) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, JsonNode> byKey(JsonNode list, String key) {
		Map<String, JsonNode> entries = new LinkedHashMap<>();
		list.forEach((entry) -> entries.put(entry.path(key).asString(), entry));
		return entries;
	}

	/**
	 * One change.
	 *
	 * @param path where, such as {@code services[pothole].expectedResponseHours}
	 * @param before the value before, or {@code null} when added
	 * @param after the value after, or {@code null} when removed
	 */
	record Change(String path, JsonNode before, JsonNode after) {
	}

}
