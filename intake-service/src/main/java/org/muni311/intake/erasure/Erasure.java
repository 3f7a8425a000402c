package org.muni311.intake.erasure;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of one erasure, kept so that an administrator can show it was done. It holds
 * no contact data: the person is named by their
 * {@link org.muni311.intake.request.Contact#erasureKeys erasure keys} (digests), which
 * the same address or number gives again.
 *
 * @param id the erasure id, also in every {@code ContactErased} event it published
 * @param tenant the municipality
 * @param requestedBy the administrator who asked
 * @param at when
 * @param requests how many requests held the person's contact data
 * @param subjectKeys the erasure keys of the email and phone erased
 */
@Document(Erasure.COLLECTION)
record Erasure(@Id String id, String tenant, String requestedBy, Instant at, int requests, List<String> subjectKeys) {

	static final String COLLECTION = "erasures";

}
