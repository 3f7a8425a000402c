package org.muni311.intake.request;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gathers the problems of one check, so that a submission is answered with all of them at
 * once.
 */
final class Problems {

	private final List<Problem> found = new ArrayList<>();

	void add(Problem problem) {
		this.found.add(problem);
	}

	/**
	 * The value {@code read} returns, or {@code null} with its problems noted when it
	 * refuses.
	 */
	<T> T read(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (RefusedException ex) {
			this.found.addAll(ex.problems());
			return null;
		}
	}

	/** Adds the problems found here to {@code others}. */
	void addTo(Problems others) {
		others.found.addAll(this.found);
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	/** Throws the problems found, if any. */
	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new RefusedException(this.found);
		}
	}

}
