package org.muni311.contracts;

/**
 * Where a request is in its life. Open311 shows only open or closed; the detail goes in
 * status notes.
 */
public enum RequestStatus {

	SUBMITTED, ROUTED, ACKNOWLEDGED, IN_PROGRESS, ON_HOLD, RESOLVED, CLOSED, REOPENED;

	/** Whether Open311 reports this status as {@code closed}. */
	public boolean isClosed() {
		return this == RESOLVED || this == CLOSED;
	}

}
