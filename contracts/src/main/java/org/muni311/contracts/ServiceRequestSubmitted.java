package org.muni311.contracts;

/**
 * A resident's request was accepted and stored. Carries what routing needs and no contact
 * data.
 *
 * @param serviceCode the catalogue code, such as {@code pothole}
 * @param serviceName the service's display name
 * @param location where, or {@code null} when only an address was given
 * @param addressString the address as given, or {@code null}
 * @param description the resident's words, or {@code null}
 * @param channel how it came in: {@code open311}, {@code web}, {@code phone},
 * {@code social}
 */
public record ServiceRequestSubmitted(String serviceCode, String serviceName, GeoPoint location, String addressString,
		String description, String channel) {

	/** Envelope type name. */
	public static final String TYPE = "ServiceRequestSubmitted";

	/** Schema version. */
	public static final int VERSION = 1;

}
