package org.muni311.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Brings the demo municipality ({@code demo.muni311.org}) on at start, through the same
 * checks and writes as the admin API: its wards, then its configuration, then its public
 * API key. Done once: a municipality already configured is left as its administrators
 * changed it, and of several instances starting at once the first to store a step loads
 * the rest (the others leave it to that one). Its API key is public, so this runs only
 * where {@code muni311.intake.load-demo-municipality} is set (the local platform and
 * tests).
 */
@Component
@ConditionalOnBooleanProperty("muni311.intake.load-demo-municipality")
class DemoMunicipalityLoader implements ApplicationRunner {

	static final String DEMO = "demo.muni311.org";

	static final String DEMO_API_KEY = "demo-api-key";

	private static final String LOADER = "demo-loader";

	private static final Logger log = LoggerFactory.getLogger(DemoMunicipalityLoader.class);

	private final Configurations configurations;

	private final Layers layers;

	private final ApiKeys apiKeys;

	private final AdminRequestReader reader;

	DemoMunicipalityLoader(Configurations configurations, Layers layers, ApiKeys apiKeys, AdminRequestReader reader) {
		this.configurations = configurations;
		this.layers = layers;
		this.apiKeys = apiKeys;
		this.reader = reader;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (configured()) {
			log.info("Demo municipality {} is already configured", DEMO);
			return;
		}
		try {
			if (this.layers.find(DEMO, "wards").isEmpty()) {
				try (InputStream wards = resource("demo/wards.geojson")) {
					this.layers.importLayer(DEMO, "wards", wards, "code", "name", false, LOADER);
				}
			}
			if (configured()) {
				return;
			}
			try (InputStream configuration = resource("demo/municipality.json")) {
				this.configurations.configure(DEMO, this.reader.configuration(configuration), LOADER);
			}
		}
		catch (ConcurrentChangeException ex) {
			// several instances start at once: the one that stored it first loads the
			// rest
			log.info("Demo municipality {} is being loaded by another instance", DEMO);
			return;
		}
		this.apiKeys.register(DEMO, DEMO_API_KEY, "demo (public)", LOADER);
		log.info("Loaded demo municipality {}", DEMO);
	}

	private boolean configured() {
		return this.configurations.find(DEMO).filter((demo) -> demo.configuration() != null).isPresent();
	}

	private static InputStream resource(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The demo municipality's " + path + " is missing from the classpath", ex);
		}
	}

}
