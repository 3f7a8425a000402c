package org.muni311.municipality.template;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import found on its way: errors stop it (all of them reported together),
 * warnings travel with it.
 */
final class Findings {

	private final List<String> errors = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	void error(String problem) {
		this.errors.add(problem);
	}

	void warn(String warning) {
		this.warnings.add(warning);
	}

	List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	void throwIfErrors() {
		if (!this.errors.isEmpty()) {
			throw new CatalogueImportException(this.errors);
		}
	}

}
