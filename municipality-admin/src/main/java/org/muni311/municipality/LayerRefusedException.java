package org.muni311.municipality;

import java.util.List;
import java.util.stream.Stream;

import org.muni311.municipality.layer.LayerProblem;
import org.muni311.municipality.layer.LayerReport;

/** A layer import found errors; nothing was stored. */
public class LayerRefusedException extends RuntimeException {

	private final transient LayerReport report;

	private final transient List<String> brokenRules;

	LayerRefusedException(String layer, LayerReport report, List<String> brokenRules) {
		super("Layer " + layer + " was not imported: " + (report.errors().size() + brokenRules.size())
				+ " problem(s); nothing was changed");
		this.report = report;
		this.brokenRules = List.copyOf(brokenRules);
	}

	/** What the import found. */
	public LayerReport report() {
		return this.report;
	}

	/** Every problem, the file's and the rules' it would break, as messages. */
	public List<String> problems() {
		return Stream.concat(this.report.errors().stream().map(LayerProblem::message), this.brokenRules.stream())
			.toList();
	}

}
