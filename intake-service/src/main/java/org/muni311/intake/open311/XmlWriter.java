package org.muni311.intake.open311;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Writes an answer as GeoReport v2 XML. Each array becomes an element holding one child
 * per entry, named after the array ({@code attributes} holds {@code attribute}s);
 * {@code null} becomes an empty element, as the spec's examples show. Text is escaped,
 * and characters XML 1.0 cannot carry are left out, so any stored text gives a document
 * that parses.
 */
final class XmlWriter {

	/** Names of the entries of each array field. */
	private static final Map<String, String> ENTRIES = Map.of("attributes", "attribute", "values", "value", "endpoints",
			"endpoint", "formats", "format");

	private XmlWriter() {
	}

	/**
	 * The document: {@code root} holding one {@code entry} per element of {@code body}
	 * (or the object itself).
	 */
	static String write(String root, String entry, JsonNode body) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		if (body.isArray()) {
			xml.append('<').append(root).append('>');
			body.forEach((item) -> element(xml, entry, item));
			xml.append("</").append(root).append('>');
		}
		else {
			element(xml, root, body);
		}
		return xml.toString();
	}

	private static void element(StringBuilder xml, String name, JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			xml.append('<').append(name).append("/>");
			return;
		}
		xml.append('<').append(name).append('>');
		if (node.isObject()) {
			node.properties().forEach((field) -> element(xml, field.getKey(), field.getValue()));
		}
		else if (node.isArray()) {
			String child = ENTRIES.getOrDefault(name, "item");
			node.forEach((item) -> element(xml, child, item));
		}
		else {
			text(xml, node.asString());
		}
		xml.append("</").append(name).append('>');
	}

	private static void text(StringBuilder xml, String text) {
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '&' -> xml.append("&amp;");
				case '"' -> xml.append("&quot;");
				case '\'' -> xml.append("&apos;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000) {
						xml.appendCodePoint(c);
					}
				}
			}
		});
	}

}
