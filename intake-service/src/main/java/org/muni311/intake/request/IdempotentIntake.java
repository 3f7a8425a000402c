package org.muni311.intake.request;

import java.time.Clock;

import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.municipality.Municipality;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Submissions that carry an {@code Idempotency-Key}: a retry of the same submission gets the first one's request
 * id and files nothing new. The key is stored first with the id it reserves ({@code _id} = tenant:key, a unique
 * insert, so concurrent retries agree on one id), then the request under that id; a retry after a failure between
 * the two writes stores the request then, under the same id.
 */
@Service
public class IdempotentIntake {

	private final MongoTemplate mongo;

	private final RequestIntake intake;

	private final Clock clock;

	IdempotentIntake(MongoTemplate mongo, RequestIntake intake, Clock clock) {
		this.mongo = mongo;
		this.intake = intake;
		this.clock = clock;
	}

	/**
	 * The id of the request filed under {@code idempotencyKey}, filing it if this is the first call.
	 * @param fingerprint a digest of the submission, the same for a retry of it
	 * @throws KeyReusedException if the key was used for a different submission
	 */
	public String submit(String idempotencyKey, String fingerprint, Municipality municipality,
			ServiceDefinition service, NewServiceRequest request, String channel, String traceParent) {
		String key = IdempotencyRecord.keyOf(municipality.jurisdictionId(), idempotencyKey);
		IdempotencyRecord record = this.mongo.findById(key, IdempotencyRecord.class);
		if (record == null) {
			IdempotencyRecord reserved = new IdempotencyRecord(key, municipality.jurisdictionId(),
					this.intake.newId(), fingerprint, this.clock.instant());
			try {
				this.mongo.insert(reserved);
				record = reserved;
			}
			catch (DuplicateKeyException ex) {
				// a concurrent retry reserved first: use its id
				record = this.mongo.findById(key, IdempotencyRecord.class);
			}
		}
		if (record == null || !record.fingerprint().equals(fingerprint)) {
			throw new KeyReusedException(idempotencyKey);
		}
		// stores the request unless the first attempt did: a duplicate key means it is there already
		this.intake.submitAs(record.requestId(), municipality, service, request, channel, traceParent);
		return record.requestId();
	}

	/** The key was used before for a different submission. */
	public static class KeyReusedException extends RuntimeException {

		KeyReusedException(String key) {
			super("Idempotency-Key '" + key + "' was used for a different request; use a new key for a new request");
		}

	}

}
