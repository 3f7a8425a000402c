package org.muni311.municipality.template;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reading Open311 JSON as other systems really write it: numbers where strings belong,
 * nulls, blanks.
 */
final class Nodes {

	private Nodes() {
	}

	/**
	 * The stripped text of a string, number or boolean, or {@code null} if there is none
	 * or it is blank.
	 */
	static String text(JsonNode node) {
		if (node == null || !node.isValueNode() || node.isNull()) {
			return null;
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}

	/** {@code text} under {@code language}, or no entry at all when there is no text. */
	static Map<String, String> inLanguage(String language, String text) {
		return (text != null) ? Map.of(language, text) : Map.of();
	}

	/** What a node is, for messages such as "must be a JSON array, not an object". */
	static String kind(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "missing";
		}
		if (node.isObject()) {
			return "an object";
		}
		if (node.isArray()) {
			return "an array";
		}
		return node.isNull() ? "null" : "the value " + node;
	}

}
