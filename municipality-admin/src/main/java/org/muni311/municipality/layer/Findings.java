package org.muni311.municipality.layer;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems of one kind, keeping the first {@link #LIMIT}: a broken 50 MB file
 * could otherwise produce a report larger than the file, and a clerk reads the first few
 * anyway.
 */
final class Findings {

	/** How many problems (and overlaps, and gaps) a report lists at most. */
	static final int LIMIT = 100;

	private final String kind;

	private final List<LayerProblem> listed = new ArrayList<>();

	private int count;

	/**
	 * @param kind the plural noun used in "… and 12 more errors"
	 */
	Findings(String kind) {
		this.kind = kind;
	}

	void add(LayerProblem problem) {
		this.count++;
		if (this.listed.size() < LIMIT) {
			this.listed.add(problem);
		}
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	/** The problems listed, with a last one saying how many more there were. */
	List<LayerProblem> list() {
		List<LayerProblem> all = new ArrayList<>(this.listed);
		if (this.count > LIMIT) {
			all.add(LayerProblem.ofFile("… and " + (this.count - LIMIT) + " more " + this.kind
					+ " not listed; fix the ones above and upload again to see the rest."));
		}
		return all;
	}

}
