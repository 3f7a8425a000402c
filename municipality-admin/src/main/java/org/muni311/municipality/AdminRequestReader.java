package org.muni311.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.muni311.contracts.municipality.MunicipalityConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads admin request bodies strictly: a misspelt field is refused by name rather than
 * silently dropped (a clerk writing {@code departmnets} would otherwise lose every
 * department), every mismatch of shape is listed at once by its JSON path
 * ({@link ShapeCheck}), and a body over its limit is refused before it is read whole.
 */
@Component
class AdminRequestReader {

	/**
	 * Largest configuration body: a catalogue of thousands of services fits in far less.
	 */
	static final int MAX_CONFIGURATION_BYTES = 5 * 1024 * 1024;

	private final JsonMapper strict;

	AdminRequestReader(JsonMapper json) {
		this.strict = json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();
	}

	MunicipalityConfiguration configuration(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(MAX_CONFIGURATION_BYTES + 1);
		if (bytes.length > MAX_CONFIGURATION_BYTES) {
			throw new BadRequestException("The configuration is larger than "
					+ (MAX_CONFIGURATION_BYTES / (1024 * 1024)) + " MB; layers of areas go under layers/{layer}");
		}
		if (bytes.length == 0) {
			throw new BadRequestException("The body is empty: send the configuration as JSON");
		}
		JsonNode tree;
		try {
			tree = this.strict.readTree(bytes);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			throw new BadRequestException("The configuration is not valid JSON"
					+ ((at != null && at.getLineNr() > 0)
							? " near line " + at.getLineNr() + ", column " + at.getColumnNr() : "")
					+ ": " + ex.getOriginalMessage());
		}
		List<String> shape = ShapeCheck.problems(tree, MunicipalityConfiguration.class);
		if (!shape.isEmpty()) {
			throw new ConfigurationRefusedException(
					"The configuration has " + shape.size() + " problem(s) in its shape; nothing was changed", shape,
					List.of());
		}
		MunicipalityConfiguration configuration;
		try {
			configuration = this.strict.treeToValue(tree, MunicipalityConfiguration.class);
		}
		catch (JacksonException ex) {
			// the shape check lets through only what the reader takes; should a type
			// outgrow it, the clerk still gets the path
			throw new BadRequestException(
					"The configuration could not be read at " + path(ex.getPath()) + ": " + ex.getOriginalMessage());
		}
		if (configuration == null) {
			throw new BadRequestException("The body is null: send the configuration as a JSON object");
		}
		return configuration;
	}

	/** A reader's path as JSON paths are written: {@code services[0].code}. */
	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() > 0) ? path.toString() : "the top";
	}

}
