package org.muni311.intake.request;

import java.time.Instant;

import org.muni311.contracts.RequestStatus;

/**
 * One status in a request's public history.
 *
 * @param status the status
 * @param notes what residents are told, or {@code null}
 * @param agencyResponsible the department's name, or {@code null} before routing
 * @param at when it occurred
 * @param expectedAt when the municipality expects to have dealt with the request, or
 * {@code null}
 */
public record StatusEntry(RequestStatus status, String notes, String agencyResponsible, Instant at,
		Instant expectedAt) {
}
