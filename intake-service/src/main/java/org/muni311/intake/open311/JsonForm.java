package org.muni311.intake.open311;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reads a JSON {@code POST requests} body: one object of the same fields as the form,
 * values as strings or numbers, and attributes either as {@code "attribute[code]"} fields
 * or as an {@code "attribute"} object whose values are a string or an array of strings. A
 * key sent twice is refused rather than one copy winning.
 */
final class JsonForm {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private JsonForm() {
	}

	static MultiValueMap<String, String> read(byte[] body) {
		JsonNode root;
		try {
			root = STRICT.readTree(body);
		}
		catch (JacksonException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST,
					"The JSON body is malformed: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "The JSON body must be one object of fields");
		}
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (Map.Entry<String, JsonNode> field : root.properties()) {
			JsonNode value = field.getValue();
			if ("attribute".equals(field.getKey()) && value.isObject()) {
				for (Map.Entry<String, JsonNode> attribute : value.properties()) {
					add(fields, "attribute[" + attribute.getKey() + "]", attribute.getValue());
				}
			}
			else {
				add(fields, field.getKey(), value);
			}
		}
		return fields;
	}

	private static void add(MultiValueMap<String, String> fields, String name, JsonNode value) {
		if (value.isNull()) {
			return;
		}
		if (value.isArray()) {
			for (JsonNode item : value) {
				add(fields, name, item);
			}
			return;
		}
		if (value.isObject()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, name + " must be a string or a number, not an object");
		}
		fields.add(name, value.isNumber() ? value.numberValue().toString() : value.asString());
	}

}
