package org.muni311.municipality.template;

import java.util.List;

/**
 * An import that could not be done, with every problem found rather than the first, so
 * that whoever fixes the source file fixes it in one pass.
 */
public class CatalogueImportException extends IllegalArgumentException {

	private final List<String> problems;

	CatalogueImportException(List<String> problems) {
		super(summary(problems) + ": " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/** One sentence per problem. */
	public List<String> problems() {
		return this.problems;
	}

	/** Such as "3 problems; nothing was imported". */
	public String summary() {
		return summary(this.problems);
	}

	private static String summary(List<String> problems) {
		return problems.size() + ((problems.size() == 1) ? " problem" : " problems") + "; nothing was imported";
	}

}
