package org.muni311.municipality;

import java.util.ArrayList;
import java.util.List;

/**
 * What a check of a municipality's configuration found: errors refuse the change,
 * warnings are reported with it.
 */
public final class ConfigurationProblems {

	private final List<String> errors = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	void error(String message) {
		this.errors.add(message);
	}

	void warning(String message) {
		this.warnings.add(message);
	}

	/** The problems that refuse the change. */
	public List<String> errors() {
		return List.copyOf(this.errors);
	}

	/** What is reported but accepted. */
	public List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	/** Whether nothing refuses the change. */
	public boolean acceptable() {
		return this.errors.isEmpty();
	}

}
