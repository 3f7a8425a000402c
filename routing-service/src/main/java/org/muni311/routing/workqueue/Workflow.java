package org.muni311.routing.workqueue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.muni311.contracts.RequestStatus;

/**
 * Which status a work item may move to from each: routed → acknowledged → in progress ⇄
 * on hold → resolved → closed, and a resolved or closed item reopened (then acknowledged
 * again). Claiming a routed or reopened item acknowledges it; reassigning an open one to
 * another department routes it again.
 */
public final class Workflow {

	private static final Map<RequestStatus, Set<RequestStatus>> NEXT = new EnumMap<>(RequestStatus.class);

	static {
		NEXT.put(RequestStatus.SUBMITTED, EnumSet.noneOf(RequestStatus.class));
		NEXT.put(RequestStatus.ROUTED, EnumSet.of(RequestStatus.ACKNOWLEDGED));
		NEXT.put(RequestStatus.ACKNOWLEDGED,
				EnumSet.of(RequestStatus.IN_PROGRESS, RequestStatus.ON_HOLD, RequestStatus.RESOLVED));
		NEXT.put(RequestStatus.IN_PROGRESS, EnumSet.of(RequestStatus.ON_HOLD, RequestStatus.RESOLVED));
		NEXT.put(RequestStatus.ON_HOLD, EnumSet.of(RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED));
		NEXT.put(RequestStatus.RESOLVED, EnumSet.of(RequestStatus.CLOSED, RequestStatus.REOPENED));
		NEXT.put(RequestStatus.CLOSED, EnumSet.of(RequestStatus.REOPENED));
		NEXT.put(RequestStatus.REOPENED, EnumSet.of(RequestStatus.ACKNOWLEDGED, RequestStatus.IN_PROGRESS));
	}

	private Workflow() {
	}

	/** The statuses an item in {@code status} may move to, in the enum's order. */
	public static Set<RequestStatus> allowedFrom(RequestStatus status) {
		Set<RequestStatus> next = EnumSet.noneOf(RequestStatus.class);
		next.addAll(NEXT.getOrDefault(status, Set.of()));
		return next;
	}

	/** Whether an item in {@code from} may move to {@code to}. */
	public static boolean allows(RequestStatus from, RequestStatus to) {
		return NEXT.getOrDefault(from, Set.of()).contains(to);
	}

	/**
	 * Whether work on an item in {@code status} is still to be done (it counts against
	 * the SLA, may be reassigned).
	 */
	public static boolean isOpen(RequestStatus status) {
		return status != RequestStatus.RESOLVED && status != RequestStatus.CLOSED;
	}

	/** Whether claiming an item in {@code status} acknowledges it. */
	static boolean claimAcknowledges(RequestStatus status) {
		return status == RequestStatus.ROUTED || status == RequestStatus.REOPENED;
	}

}
