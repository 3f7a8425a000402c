package org.muni311.municipality.address;

import java.util.ArrayList;
import java.util.List;

import org.muni311.municipality.layer.AddressPointsImport;
import org.muni311.municipality.layer.LayerProblem;

/** An upload of address points had errors; nothing was stored. */
public class AddressPointsRefusedException extends RuntimeException {

	private final transient AddressPointsImport.Report report;

	private final transient List<String> problems;

	AddressPointsRefusedException(AddressPointsImport.Report report) {
		this(report, null);
	}

	AddressPointsRefusedException(AddressPointsImport.Report report, String problem) {
		super("The address points were refused; nothing was changed");
		this.report = report;
		List<String> all = new ArrayList<>(report.errors().stream().map(LayerProblem::message).toList());
		if (problem != null) {
			all.add(problem);
		}
		this.problems = List.copyOf(all);
	}

	/** What the import found. */
	public AddressPointsImport.Report report() {
		return this.report;
	}

	/** Every problem, as a clerk reads it. */
	public List<String> problems() {
		return this.problems;
	}

}
