package org.muni311.routing.workqueue;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who changes or reads work items, and which: a supervisor works on every department of
 * its municipality, a crew member only on the departments it is bound to. Every
 * {@link WorkQueue} call takes one, so no caller can reach an item of another department
 * by forgetting a check.
 *
 * @param name who, for the journal and the status events
 * @param departments the department codes it may work on; {@code null} for every one
 */
public record Worker(String name, Set<String> departments) {

	public Worker {
		departments = (departments != null) ? Set.copyOf(new TreeSet<>(departments)) : null;
	}

	/** A worker on every department of the municipality (a supervisor). */
	public static Worker everyDepartment(String name) {
		return new Worker(name, null);
	}

	/** A worker bound to {@code departments} (a crew member). */
	public static Worker boundTo(String name, Set<String> departments) {
		return new Worker(name, departments);
	}

	/** Whether it works on every department. */
	public boolean unbound() {
		return this.departments == null;
	}

	/** Whether it may read and change items of {@code department}. */
	public boolean mayWorkOn(String department) {
		return this.departments == null || (department != null && this.departments.contains(department));
	}

	/** Its departments, sorted; empty for a supervisor (who has them all). */
	public Set<String> sortedDepartments() {
		return (this.departments != null) ? new TreeSet<>(this.departments) : Set.of();
	}

}
