package org.muni311.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.muni311.autoconfigure.production.ProductionCheck;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code muni311-service-defaults.yml} (management endpoints, metric tags, Kafka
 * producer safety, topic partitions and replicas) as the last property source, so each
 * service's own configuration overrides it and no service repeats it; with the
 * {@code production} profile, {@code muni311-service-defaults-production.yml} (Kafka over
 * SASL_SSL, MongoDB over TLS, two in-sync replicas) just before it.
 */
public class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

	private static final String FILE = "muni311-service-defaults.yml";

	/** Defaults of the production profile, before the others. */
	private static final String PRODUCTION_FILE = "muni311-service-defaults-production.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.acceptsProfiles(Profiles.of(ProductionCheck.PROFILE))) {
			addLast(environment, PRODUCTION_FILE);
		}
		addLast(environment, FILE);
	}

	private static void addLast(ConfigurableEnvironment environment, String file) {
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/** Before {@link ProductionCheck}, which reads the defaults. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
