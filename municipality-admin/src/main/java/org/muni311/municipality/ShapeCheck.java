package org.muni311.municipality;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Checks the shape of a JSON body against the record it is read into, before it is read,
 * and lists every mismatch at once by its JSON path, in a clerk's terms:
 * {@code services[0].expectedResponseHours: a whole number of hours, not "48h"} rather
 * than the reader's first failure in Java's. A field the record does not have is named
 * with the fields it does. The JSON names are the records' component names (the contracts
 * rename none).
 */
final class ShapeCheck {

	/** Beyond this many, the rest are counted, not listed. */
	static final int MAX_LISTED = 100;

	private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
			Short.class);

	private static final Set<Class<?>> NUMBER = Set.of(double.class, Double.class, float.class, Float.class,
			BigDecimal.class);

	private final List<String> problems = new ArrayList<>();

	private int unlisted;

	private ShapeCheck() {
	}

	/** Every mismatch between {@code body} and {@code type}; none when it fits. */
	static List<String> problems(JsonNode body, Class<? extends Record> type) {
		ShapeCheck check = new ShapeCheck();
		check.value("", body, type, null);
		if (check.unlisted > 0) {
			check.problems.add("... and " + check.unlisted + " more of the same kinds");
		}
		return List.copyOf(check.problems);
	}

	/**
	 * Checks {@code node} at {@code path} against {@code type}; {@code name} is the
	 * field's (for its unit), or {@code null} for a list's element or a map's value.
	 */
	private void value(String path, JsonNode node, Type type, String name) {
		Class<?> raw = raw(type);
		if (node.isNull()) {
			// a field left out: the configuration's checks say whether it is required; an
			// entry of a list or of texts is never null
			if (raw.isPrimitive() || name == null) {
				problem(path, expected(type, name), node);
			}
			return;
		}
		if (raw == String.class) {
			check(node.isString(), path, type, name, node);
		}
		else if (WHOLE.contains(raw)) {
			check(node.isIntegralNumber() && fits(node, raw), path, type, name, node);
		}
		else if (NUMBER.contains(raw)) {
			check(node.isNumber(), path, type, name, node);
		}
		else if (raw == boolean.class || raw == Boolean.class) {
			check(node.isBoolean(), path, type, name, node);
		}
		else if (raw.isEnum()) {
			check(node.isString() && Arrays.stream(raw.getEnumConstants())
				.anyMatch((constant) -> ((Enum<?>) constant).name().equals(node.asString())), path, type, name, node);
		}
		else if (Collection.class.isAssignableFrom(raw)) {
			if (check(node.isArray(), path, type, name, node)) {
				for (int i = 0; i < node.size(); i++) {
					value(path + "[" + i + "]", node.get(i), argument(type, 0), null);
				}
			}
		}
		else if (Map.class.isAssignableFrom(raw)) {
			if (check(node.isObject(), path, type, name, node)) {
				for (Map.Entry<String, JsonNode> entry : node.properties()) {
					value(path + key(entry.getKey()), entry.getValue(), argument(type, 1), null);
				}
			}
		}
		else if (raw.isRecord()) {
			if (check(node.isObject(), path, type, name, node)) {
				fields(path, node, raw);
			}
		}
		// any other type is left to the reader
	}

	private void fields(String path, JsonNode node, Class<?> record) {
		Map<String, RecordComponent> components = new LinkedHashMap<>();
		for (RecordComponent component : record.getRecordComponents()) {
			components.put(component.getName(), component);
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String field = entry.getKey();
			String at = path.isEmpty() ? field : path + key(field);
			RecordComponent component = components.get(field);
			if (component == null) {
				String nearest = nearest(field, components.keySet());
				add(at + ": not a field here; " + ((nearest != null) ? "did you mean '" + nearest + "'? " : "")
						+ "the fields here are " + String.join(", ", components.keySet()));
			}
			else {
				value(at, entry.getValue(), component.getGenericType(), field);
			}
		}
	}

	private boolean check(boolean fits, String path, Type type, String name, JsonNode node) {
		if (!fits) {
			problem(path, expected(type, name), node);
		}
		return fits;
	}

	private void problem(String path, String expected, JsonNode found) {
		add((path.isEmpty() ? "the configuration" : path) + ": " + expected + ", not " + found(found));
	}

	private void add(String problem) {
		if (this.problems.size() < MAX_LISTED) {
			this.problems.add(problem);
		}
		else {
			this.unlisted++;
		}
	}

	/** What a value of {@code type} looks like, in a clerk's words. */
	private static String expected(Type type, String name) {
		Class<?> raw = raw(type);
		if (raw == String.class) {
			return "a text";
		}
		if (WHOLE.contains(raw)) {
			return "a whole number" + unit(name);
		}
		if (NUMBER.contains(raw)) {
			return "a number" + unit(name);
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return "true or false";
		}
		if (raw.isEnum()) {
			return "one of " + Arrays.stream(raw.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (Collection.class.isAssignableFrom(raw)) {
			return "a list [ ... ]";
		}
		if (Map.class.isAssignableFrom(raw) && raw(argument(type, 1)) == String.class) {
			return "texts by language, such as {\"en\": \"...\", \"fr\": \"...\"}";
		}
		return "an object { ... }";
	}

	private static String unit(String name) {
		if (name == null) {
			return "";
		}
		for (String unit : List.of("Hours", "Minutes", "Seconds", "Days")) {
			if (name.endsWith(unit)) {
				return " of " + unit.toLowerCase();
			}
		}
		return "";
	}

	private static String found(JsonNode node) {
		if (node.isString()) {
			String text = node.asString();
			return "\"" + ((text.length() > 40) ? text.substring(0, 40) + "..." : text) + "\"";
		}
		if (node.isArray()) {
			return "a list";
		}
		if (node.isObject()) {
			return "an object";
		}
		return node.toString(); // a number, true, false or null
	}

	private static boolean fits(JsonNode node, Class<?> raw) {
		return (raw == long.class || raw == Long.class) ? node.canConvertToLong() : node.canConvertToInt();
	}

	private static String key(String key) {
		return PLAIN_KEY.matcher(key).matches() ? "." + key : "[\"" + key.replace("\"", "\\\"") + "\"]";
	}

	/** The allowed name a misspelt one most likely meant, or {@code null}. */
	private static String nearest(String name, Collection<String> allowed) {
		return allowed.stream()
			.filter((candidate) -> distance(name.toLowerCase(), candidate.toLowerCase()) <= Math.max(2,
					candidate.length() / 4))
			.min(Comparator.comparingInt((String candidate) -> distance(name.toLowerCase(), candidate.toLowerCase())))
			.orElse(null);
	}

	/** Levenshtein distance. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> type1) {
			return type1;
		}
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		return Object.class;
	}

	private static Type argument(Type type, int index) {
		if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
			return parameterized.getActualTypeArguments()[index];
		}
		return Object.class;
	}

}
