package org.muni311.intake.request;

import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The request ids reserved by idempotency keys: a retry of the same submission gets the
 * first one's id. The key is stored first with the id it reserves ({@code _id} =
 * tenant:key, a unique insert, so concurrent retries agree on one id), then the request
 * under that id; a retry after a failure between the two writes stores the request then,
 * under the same id.
 */
@Component
public class IdempotencyKeys {

	private final MongoTemplate mongo;

	IdempotencyKeys(MongoTemplate mongo) {
		this.mongo = mongo;
		// the purge's range
		mongo.indexOps(IdempotencyRecord.class).createIndex(new Index("createdAt", Sort.Direction.ASC));
	}

	/**
	 * Deletes the keys first seen before {@code before}: a retry after that files a new
	 * request. Returns how many.
	 */
	public long purge(Instant before) {
		return this.mongo.remove(Query.query(Criteria.where("createdAt").lt(before)), IdempotencyRecord.class)
			.getDeletedCount();
	}

	/**
	 * The id {@code idempotencyKey} reserved in {@code tenant}, reserving {@code newId}'s
	 * if this is its first use.
	 * @param fingerprint a digest of the submission, the same for a retry of it
	 * @throws KeyReusedException if the key was used for a different submission
	 */
	String reserve(String tenant, String idempotencyKey, String fingerprint, Supplier<String> newId, Instant now) {
		String key = IdempotencyRecord.keyOf(tenant, idempotencyKey);
		IdempotencyRecord record = this.mongo.findById(key, IdempotencyRecord.class);
		if (record == null) {
			IdempotencyRecord reserved = new IdempotencyRecord(key, tenant, newId.get(), fingerprint, now);
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
		return record.requestId();
	}

}
