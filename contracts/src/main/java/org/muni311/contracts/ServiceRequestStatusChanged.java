package org.muni311.contracts;

import java.time.Instant;

/**
 * A request moved to a new status.
 *
 * @param sequence the change's place in its request's life: 1 for routing, then one more
 * for each change. Readers decide which status is newer by it, never by clocks, which
 * differ between services
 * @param status the new status
 * @param departmentCode the department now responsible
 * @param departmentName its display name, shown to residents as the agency responsible
 * @param crew the crew of that department now responsible, or {@code null}
 * @param areaCode the area (ward) the request lies in, or {@code null} when unknown
 * @param areaName its display name, or {@code null}
 * @param notes what residents are told about the change, or {@code null}
 * @param changedBy who made the change: {@code routing} for automatic routing, else a
 * staff id
 * @param expectedAt when the municipality expects to have dealt with it (its service's
 * expected response hours), or {@code null} when it promises nothing
 */
public record ServiceRequestStatusChanged(long sequence, RequestStatus status, String departmentCode,
		String departmentName, String crew, String areaCode, String areaName, String notes, String changedBy,
		Instant expectedAt) {

	/** Envelope type name. */
	public static final String TYPE = "ServiceRequestStatusChanged";

	/** Schema version. */
	public static final int VERSION = 3;

}
