package org.muni311.routing.workqueue;

import java.util.Set;

import org.muni311.contracts.RequestStatus;

/** A change the work item's status does not allow; says which statuses it may move to. */
public class TransitionRefusedException extends RuntimeException {

	private final RequestStatus from;

	private final Set<RequestStatus> allowed;

	TransitionRefusedException(String what, RequestStatus from, Set<RequestStatus> allowed) {
		super(what + " is not allowed from " + from + "; from " + from + " it may move to "
				+ (allowed.isEmpty() ? "nothing" : allowed));
		this.from = from;
		this.allowed = Set.copyOf(allowed);
	}

	/** The item's status. */
	public RequestStatus from() {
		return this.from;
	}

	/** The statuses it may move to. */
	public Set<RequestStatus> allowed() {
		return this.allowed;
	}

}
