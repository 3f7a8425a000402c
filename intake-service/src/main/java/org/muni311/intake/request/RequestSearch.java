package org.muni311.intake.request;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What {@code GET requests} asks for, already checked: all conditions hold together.
 *
 * @param ids {@code service_request_id}s; when given, the other conditions still filter
 * them
 * @param serviceCodes service codes, or empty for any
 * @param from requested at or after, or {@code null}
 * @param to requested at or before, or {@code null}
 * @param open {@code true} for open requests only, {@code false} for closed only,
 * {@code null} for both
 * @param skip how many matching requests to pass over (paging)
 * @param limit the most to return
 */
public record RequestSearch(List<String> ids, Set<String> serviceCodes, Instant from, Instant to, Boolean open,
		int skip, int limit) {

	public RequestSearch {
		ids = List.copyOf(ids);
		serviceCodes = Set.copyOf(serviceCodes);
	}

	/** Whether {@code request} meets every condition but the id list. */
	boolean matches(ServiceRequest request) {
		return (this.serviceCodes.isEmpty() || this.serviceCodes.contains(request.serviceCode()))
				&& (this.from == null || !request.requestedAt().isBefore(this.from))
				&& (this.to == null || !request.requestedAt().isAfter(this.to))
				&& (this.open == null || this.open != request.currentStatus().status().isClosed());
	}

}
