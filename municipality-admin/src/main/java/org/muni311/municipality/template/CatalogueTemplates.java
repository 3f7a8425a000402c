package org.muni311.municipality.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The catalogue templates shipped with intake. Each is read once, at start, so that a
 * template broken by an edit stops the service (and its tests) instead of failing the
 * first clerk who asks for it.
 */
@Component
public class CatalogueTemplates {

	/** Where the standard template is on the classpath. */
	static final String STANDARD = "catalogue/standard-catalogue.json";

	// strict on purpose: a misspelt or forgotten field in a template would otherwise
	// become a silent default, and
	// clerks copy templates whole, so every field is spelt out for them to see
	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final CatalogueTemplate standard;

	public CatalogueTemplates() {
		this.standard = read(STANDARD);
	}

	/**
	 * The standard catalogue of a Canadian municipality, in English and French: roads,
	 * streetlights, waste, water and sewer, parks and trees, by-law, animals, snow,
	 * traffic and clean streets.
	 */
	public CatalogueTemplate standard() {
		return this.standard;
	}

	static CatalogueTemplate read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return STRICT.readValue(in, CatalogueTemplate.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The catalogue template " + resource + " is missing from the classpath", ex);
		}
	}

}
