package org.muni311.contracts;

import java.time.Instant;

/**
 * A request passed the time its municipality expects to take (its service's expected
 * response hours) without being resolved. Published once per breach, keyed by request id
 * on {@link Topics#REQUESTS_ESCALATED}.
 *
 * @param sequence the status sequence of the request when it was found overdue
 * @param departmentCode the department responsible
 * @param departmentName its display name
 * @param crew the crew responsible, or {@code null}
 * @param expectedAt when it was due
 */
public record ServiceRequestEscalated(long sequence, String departmentCode, String departmentName, String crew,
		Instant expectedAt) {

	/** Envelope type name. */
	public static final String TYPE = "ServiceRequestEscalated";

	/** Schema version. */
	public static final int VERSION = 1;

}
