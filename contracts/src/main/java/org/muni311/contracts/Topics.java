package org.muni311.contracts;

import java.util.List;

/**
 * Kafka topic names. Every record on them is an {@link EventEnvelope}. Request topics are
 * keyed by request id, so all the events of one request stay in order on one partition;
 * municipality topics are compacted and keyed by what they describe, so the latest
 * version of each stays for services that start later.
 */
public final class Topics {

	/** {@link ServiceRequestSubmitted}: intake accepted a request. */
	public static final String REQUESTS_SUBMITTED = "requests.submitted";

	/**
	 * {@link ServiceRequestStatusChanged}: a request was routed, taken, resolved, closed,
	 * reopened...
	 */
	public static final String REQUESTS_STATUS_CHANGED = "requests.status-changed";

	/**
	 * {@link ReporterSubscribed}: who wants to hear about a request, and
	 * {@link ContactErased}: whose contact data was erased since. Contact data travels
	 * only here, read only by the notification service.
	 */
	public static final String REQUESTS_SUBSCRIPTIONS = "requests.subscriptions";

	/** {@link ServiceRequestEscalated}: a request is overdue. */
	public static final String REQUESTS_ESCALATED = "requests.escalated";

	/** Every request topic above. */
	public static final List<String> ALL = List.of(REQUESTS_SUBMITTED, REQUESTS_STATUS_CHANGED, REQUESTS_SUBSCRIPTIONS,
			REQUESTS_ESCALATED);

	/**
	 * {@link org.muni311.contracts.municipality.MunicipalityConfigured}, keyed by
	 * jurisdiction id, compacted. Every instance of every service reads it whole (no
	 * consumer group): each needs every municipality.
	 */
	public static final String MUNICIPALITIES_CONFIG = "municipalities.config";

	/**
	 * {@link org.muni311.contracts.municipality.LayerPublished}, keyed by
	 * {@code jurisdictionId:layer}, compacted, with records up to
	 * {@link #MUNICIPALITIES_LAYERS_MAX_BYTES}. Read whole like the configuration.
	 */
	public static final String MUNICIPALITIES_LAYERS = "municipalities.layers";

	/**
	 * Largest record of {@link #MUNICIPALITIES_LAYERS}: a layer's compressed polygons,
	 * encoded.
	 */
	public static final int MUNICIPALITIES_LAYERS_MAX_BYTES = 12 * 1024 * 1024;

	/**
	 * {@link org.muni311.contracts.staff.StaffAccount}, keyed by user name, compacted:
	 * the staff accounts the clerk's room owns, read whole by every instance of every
	 * service to sign them in.
	 */
	public static final String MUNICIPALITIES_STAFF = "municipalities.staff";

	/** The compacted municipality topics. */
	public static final List<String> COMPACTED = List.of(MUNICIPALITIES_CONFIG, MUNICIPALITIES_LAYERS,
			MUNICIPALITIES_STAFF);

	private Topics() {
	}

}
