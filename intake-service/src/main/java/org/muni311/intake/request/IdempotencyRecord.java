package org.muni311.intake.request;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An {@code Idempotency-Key} a client sent with a submission, and the request id it
 * reserved. Written before the request, so a retry after any failure finds the id and
 * completes or replays the same request.
 *
 * @param key {@code tenant:idempotencyKey}: a lookup by primary key, and no other
 * municipality's key can match
 * @param tenant the municipality
 * @param requestId the {@code service_request_id} reserved for the submission
 * @param fingerprint a digest of the submitted fields, to refuse the key's reuse for a
 * different request
 * @param createdAt when first seen
 */
@Document(IdempotencyRecord.COLLECTION)
public record IdempotencyRecord(@Id String key, String tenant, String requestId, String fingerprint,
		Instant createdAt) {

	/** The collection. */
	public static final String COLLECTION = "idempotency_keys";

	/** The key of {@code idempotencyKey} sent to {@code tenant}. */
	public static String keyOf(String tenant, String idempotencyKey) {
		return tenant + ":" + idempotencyKey;
	}

}
