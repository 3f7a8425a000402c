package org.muni311.intake.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo municipality ({@code demo.muni311.org}) at start, for the local platform and tests. Its API key
 * is public, so this runs only where {@code muni311.intake.load-demo-municipality} is set.
 */
@Component
@ConditionalOnBooleanProperty("muni311.intake.load-demo-municipality")
class DemoMunicipalityLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMunicipalityLoader.class);

	private static final String DEMO_API_KEY = "demo-api-key";

	private final Catalogue catalogue;

	private final JsonMapper json;

	DemoMunicipalityLoader(Catalogue catalogue, JsonMapper json) {
		this.catalogue = catalogue;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		Municipality demo = read();
		this.catalogue.save(new Municipality(demo.jurisdictionId(), demo.name(), demo.timeZone(),
				demo.defaultLanguage(), List.of(Municipality.sha256(DEMO_API_KEY)), demo.services()));
		log.info("Loaded demo municipality {} with {} services", demo.jurisdictionId(), demo.services().size());
	}

	private Municipality read() {
		try (InputStream in = new ClassPathResource("demo/municipality.json").getInputStream()) {
			return this.json.readValue(in, Municipality.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The demo municipality is missing from the classpath", ex);
		}
	}

}
