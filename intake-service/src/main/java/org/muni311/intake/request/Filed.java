package org.muni311.intake.request;

import java.time.Instant;

import org.muni311.contracts.municipality.ServiceDefinition;

/**
 * A request {@link RequestIntake} filed (or found filed already, for a retry under the
 * same idempotency key).
 *
 * @param tenant the municipality's jurisdiction id
 * @param requestId the {@code service_request_id}
 * @param service the catalogue entry it was filed under
 * @param request what was filed, as checked
 * @param at when
 */
public record Filed(String tenant, String requestId, ServiceDefinition service, NewServiceRequest request, Instant at) {

	/**
	 * What else should know of each request filed, such as the duplicate search: called
	 * after the request is stored, so a failure here loses a hint, never the request.
	 */
	public interface Listener {

		void filed(Filed filed);

	}

}
