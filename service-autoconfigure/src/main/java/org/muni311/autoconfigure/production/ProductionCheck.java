package org.muni311.autoconfigure.production;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * With the {@code production} profile, refuses to start a service while any
 * {@link ProductionRequirement} of its modules is unmet, listing them all at once (not
 * one per attempt). Runs once the environment is complete (after
 * {@link org.muni311.autoconfigure.ServiceDefaults}), before any bean is created.
 */
public class ProductionCheck implements EnvironmentPostProcessor, Ordered {

	/** The profile of a real deployment. */
	public static final String PROFILE = "production";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
			return;
		}
		List<String> problems = new ArrayList<>();
		for (ProductionRequirement requirement : SpringFactoriesLoader
			.forDefaultResourceLocation(ProductionCheck.class.getClassLoader())
			.load(ProductionRequirement.class)) {
			problems.addAll(requirement.problems(environment));
		}
		if (!problems.isEmpty()) {
			throw new ProductionSettingsMissing(problems);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The {@code production} profile's start refused, with every problem found. */
	public static class ProductionSettingsMissing extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		private final List<String> problems;

		ProductionSettingsMissing(List<String> problems) {
			super("The production profile refuses to start: " + problems.size() + " setting(s) missing or wrong:\n  - "
					+ String.join("\n  - ", problems));
			this.problems = List.copyOf(problems);
		}

		/** One line per problem. */
		public List<String> problems() {
			return this.problems;
		}

	}

}
