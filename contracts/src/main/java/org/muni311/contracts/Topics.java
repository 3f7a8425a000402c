package org.muni311.contracts;

import java.util.List;

/**
 * Kafka topic names. Every record on them is an {@link EventEnvelope} keyed by its request id, so all the events
 * of one request stay in order on one partition.
 */
public final class Topics {

	/** {@link ServiceRequestSubmitted}: intake accepted a request. */
	public static final String REQUESTS_SUBMITTED = "requests.submitted";

	/** {@link ServiceRequestStatusChanged}: a request was routed, taken, resolved, closed, reopened... */
	public static final String REQUESTS_STATUS_CHANGED = "requests.status-changed";

	/**
	 * {@link ReporterSubscribed}: who wants to hear about a request. Contact data travels only here, read only by
	 * the notification service.
	 */
	public static final String REQUESTS_SUBSCRIPTIONS = "requests.subscriptions";

	/** Every topic above. */
	public static final List<String> ALL = List.of(REQUESTS_SUBMITTED, REQUESTS_STATUS_CHANGED,
			REQUESTS_SUBSCRIPTIONS);

	private Topics() {
	}

}
