package org.muni311.municipality;

import java.util.List;

/** A change failed its checks; nothing was stored. */
public class ConfigurationRefusedException extends RuntimeException {

	private final transient List<String> problems;

	private final transient List<String> warnings;

	ConfigurationRefusedException(String jurisdictionId, ConfigurationProblems problems) {
		this("The configuration of " + jurisdictionId + " has " + problems.errors().size()
				+ " problem(s); nothing was changed", problems.errors(), problems.warnings());
	}

	ConfigurationRefusedException(String message, List<String> problems, List<String> warnings) {
		super(message);
		this.problems = List.copyOf(problems);
		this.warnings = List.copyOf(warnings);
	}

	/** Every problem found. */
	public List<String> problems() {
		return this.problems;
	}

	/** What would have been accepted with a warning. */
	public List<String> warnings() {
		return this.warnings;
	}

}
