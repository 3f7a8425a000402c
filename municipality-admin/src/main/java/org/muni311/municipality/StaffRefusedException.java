package org.muni311.municipality;

import java.util.List;

/** A change of staff that cannot be made, with every reason; nothing was stored. */
class StaffRefusedException extends RuntimeException {

	private final transient List<String> problems;

	StaffRefusedException(List<String> problems) {
		super("The change of staff has " + problems.size() + " problem(s); nothing was changed");
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return this.problems;
	}

}
