package org.muni311.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses Open311 XML answers with a hardened parser, into the same shapes as their JSON.
 */
final class Open311Xml {

	private Open311Xml() {
	}

	/** The root element of {@code xml}; fails the test if it does not parse. */
	static Element parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + xml, ex);
		}
	}

	/** The child elements of {@code parent}. */
	static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	/** The leaf fields of {@code element} as text, {@code null} for an empty element. */
	static Map<String, String> fields(Element element) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element child : children(element)) {
			if (children(child).isEmpty()) {
				fields.put(child.getTagName(), child.getTextContent().isEmpty() ? null : child.getTextContent());
			}
		}
		return fields;
	}

	/** JSON fields as XML would carry them: scalars as text. */
	static Map<String, String> asText(Map<String, Object> json) {
		Map<String, String> fields = new LinkedHashMap<>();
		json.forEach((name, value) -> {
			if (!(value instanceof List) && !(value instanceof Map)) {
				fields.put(name, (value != null) ? value.toString() : null);
			}
		});
		return fields;
	}

}
