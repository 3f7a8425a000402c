package org.muni311.intake.request;

import java.util.List;
import java.util.Map;

import org.muni311.contracts.GeoPoint;

/**
 * A request as the filing service checked it ({@link SubmissionCheck}: lengths, ranges,
 * formats, the service's questions), ready to store.
 *
 * @param serviceCode the catalogue code
 * @param location where, or {@code null} when an address is given instead
 * @param addressString the address as written, or {@code null}
 * @param addressId the address id, or {@code null}
 * @param description the resident's words, or {@code null}
 * @param mediaUrl a photo's address, or {@code null}
 * @param contact who sent it
 * @param language {@code en}, {@code fr}, or {@code null} for the municipality's default
 * @param attributes the answers to the service definition's questions, by attribute code
 */
public record NewServiceRequest(String serviceCode, GeoPoint location, String addressString, String addressId,
		String description, String mediaUrl, Contact contact, String language, Map<String, List<String>> attributes) {

	public NewServiceRequest {
		attributes = (attributes != null) ? Map.copyOf(attributes) : Map.of();
	}

	/** This request placed at {@code point} (its address found). */
	public NewServiceRequest placedAt(GeoPoint point) {
		return new NewServiceRequest(this.serviceCode, point, this.addressString, this.addressId, this.description,
				this.mediaUrl, this.contact, this.language, this.attributes);
	}

}
