package org.muni311.routing.crew.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.muni311.contracts.RequestStatus;
import org.muni311.routing.workqueue.WorkItem.Priority;
import org.muni311.routing.workqueue.WorkItem.Visibility;

/**
 * The bodies of the crew API's changes; each names the version of the item it was made
 * on.
 */
final class Changes {

	private Changes() {
	}

	/**
	 * @param version the version read
	 */
	record Claim(@NotNull Long version) {
	}

	/**
	 * @param version the version read
	 * @param status the status to move to
	 * @param note what residents are told, or {@code null}
	 */
	record Move(@NotNull Long version, @NotNull RequestStatus status, @Size(max = 2000) String note) {
	}

	/**
	 * @param version the version read
	 * @param text the note
	 * @param visibility {@code PUBLIC} (residents are told) or {@code INTERNAL}
	 */
	record Note(@NotNull Long version, @NotBlank @Size(max = 2000) String text, @NotNull Visibility visibility) {
	}

	/**
	 * @param version the version read
	 * @param assignee the staff member
	 * @param crew a crew of the item's department, or {@code null} to keep its crew
	 */
	record Assign(@NotNull Long version, @NotBlank String assignee, String crew) {
	}

	/**
	 * @param version the version read
	 * @param priority the new priority
	 */
	record Prioritise(@NotNull Long version, @NotNull Priority priority) {
	}

	/**
	 * @param version the version read
	 * @param department the department taking it
	 * @param crew a crew of that department, or {@code null}
	 * @param note what residents are told, or {@code null} for "Passed to ..."
	 */
	record Reassign(@NotNull Long version, @NotBlank String department, String crew, @Size(max = 2000) String note) {
	}

}
