package org.muni311.municipality;

import java.io.IOException;
import java.io.InputStream;

import org.muni311.contracts.municipality.MunicipalityConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads admin request bodies strictly: a misspelt field is refused by name rather than
 * silently dropped (a clerk writing {@code departmnets} would otherwise lose every
 * department), and a body over its limit is refused before it is read whole.
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
		MunicipalityConfiguration configuration;
		try {
			configuration = this.strict.readValue(bytes, MunicipalityConfiguration.class);
		}
		catch (JacksonException ex) {
			throw new BadRequestException("The configuration is not valid JSON of the expected shape: "
					+ ex.getOriginalMessage() + " at " + ex.getPathReference());
		}
		if (configuration == null) {
			throw new BadRequestException("The body is null: send the configuration as a JSON object");
		}
		return configuration;
	}

}
