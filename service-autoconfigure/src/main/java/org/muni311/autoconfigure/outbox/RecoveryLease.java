package org.muni311.autoconfigure.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Lets one instance at a time run a recovery pass (an outbox's, notification's pending
 * deliveries'): a document per pass in {@value #COLLECTION} names the holder and when its
 * lease ends. Taking it over is a compare-and-set on the holder and end time read, so two
 * instances never both win. The collection holds one document per pass, looked up by
 * {@code _id}.
 */
public final class RecoveryLease {

	/** The collection of the leases. */
	public static final String COLLECTION = "outbox_leases";

	private final MongoTemplate mongo;

	private final String name;

	private final Duration duration;

	private final Clock clock;

	private final String holder = UUID.randomUUID().toString();

	/**
	 * A lease named {@code name} (one per pass), held for {@code duration} after each
	 * {@link #tryAcquire()}: longer than the pass's interval, so its holder keeps it.
	 * @param mongo the store
	 * @param name the pass
	 * @param duration how long a taken lease lasts
	 * @param clock the time
	 */
	public RecoveryLease(MongoTemplate mongo, String name, Duration duration, Clock clock) {
		this.mongo = mongo;
		this.name = name;
		this.duration = duration;
		this.clock = clock;
	}

	/**
	 * Takes or renews the lease.
	 * @return {@code false} while another instance holds it
	 */
	public boolean tryAcquire() {
		Instant now = this.clock.instant();
		Document current = this.mongo.findById(this.name, Document.class, COLLECTION);
		if (current == null) {
			try {
				this.mongo.insert(new Document("_id", this.name).append("holder", this.holder)
					.append("until", Date.from(now.plus(this.duration))), COLLECTION);
				return true;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		boolean mine = this.holder.equals(current.getString("holder"));
		if (!mine && current.getDate("until").toInstant().isAfter(now)) {
			return false;
		}
		Query unchanged = Query.query(Criteria.where("_id")
			.is(this.name)
			.and("holder")
			.is(current.getString("holder"))
			.and("until")
			.is(current.getDate("until")));
		Update take = new Update().set("holder", this.holder).set("until", Date.from(now.plus(this.duration)));
		return this.mongo.updateFirst(unchanged, take, COLLECTION).getMatchedCount() == 1;
	}

}
