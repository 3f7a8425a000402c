package org.muni311.autoconfigure.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One look at a resident's personal data by a staff member. Never holds the data itself:
 * {@code subject} names a request or a masked contact.
 *
 * @param id a fresh id
 * @param at when, from the service's clock
 * @param who the staff member's name
 * @param jurisdiction the municipality whose resident it was
 * @param what what was shown, such as {@value StaffReads#CALLER_HISTORY}
 * @param subject whose: a request id, or a contact {@link Masks#mask masked}
 */
@Document(StaffRead.COLLECTION)
public record StaffRead(@Id String id, Instant at, String who, String jurisdiction, String what, String subject) {

	/** The MongoDB collection, in each service's own store. */
	public static final String COLLECTION = "staff_reads";

}
