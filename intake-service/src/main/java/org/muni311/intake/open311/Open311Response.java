package org.muni311.intake.open311;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders answers in the format of the call. The body is written here with its content
 * type set, so Spring's content negotiation never looks at {@code Accept} (which real
 * clients send wrong) and never answers 406 itself.
 */
@Component
class Open311Response {

	private final JsonMapper json;

	Open311Response(JsonMapper json) {
		this.json = json;
	}

	/**
	 * An answer: JSON as the views are, XML under {@code root} with one {@code entry} per
	 * array element.
	 */
	ResponseEntity<byte[]> answer(HttpStatus status, Format format, String root, String entry, Object body) {
		return ResponseEntity.status(status).contentType(format.mediaType()).body(bytes(format, root, entry, body));
	}

	/** The bytes of {@code body} in {@code format}. */
	byte[] bytes(Format format, String root, String entry, Object body) {
		if (format == Format.JSON) {
			return this.json.writeValueAsBytes(body);
		}
		JsonNode tree = this.json.valueToTree(body);
		return XmlWriter.write(root, entry, tree).getBytes(StandardCharsets.UTF_8);
	}

}
