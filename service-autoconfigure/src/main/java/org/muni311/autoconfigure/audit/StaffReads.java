package org.muni311.autoconfigure.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.Authentication;

/**
 * The audit log of staff reading a resident's personal data (MFIPPA asks who looked at
 * it): each read is one {@link StaffRead} in the service's own store and one log line,
 * kept {@link StaffReadRetention#staffReads()} and then purged. Call {@link #record}
 * where a page or an API shows staff a resident's contact; never pass the contact itself
 * as the subject ({@link Masks#mask} it, or name the request).
 */
public class StaffReads {

	/** A caller's requests found by their phone number or email. */
	public static final String CALLER_HISTORY = "caller history";

	/** The messages sent about a request, with their recipients masked. */
	public static final String DELIVERY_LOG = "delivery log";

	/** The most records one page of {@link #list} holds. */
	public static final int MAX_PAGE = 200;

	private static final Logger log = LoggerFactory.getLogger(StaffReads.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final StaffReadRetention retention;

	public StaffReads(MongoTemplate mongo, Clock clock, StaffReadRetention retention) {
		this.mongo = mongo;
		this.clock = clock;
		this.retention = retention;
		// the purge's range, and an administrator's newest-first pages of one
		// municipality
		mongo.indexOps(StaffRead.class).createIndex(new Index("at", Sort.Direction.ASC));
		mongo.indexOps(StaffRead.class)
			.createIndex(new Index("jurisdiction", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
	}

	/**
	 * Records that the signed-in {@code staff} was shown {@code what} of {@code subject},
	 * a resident of {@code jurisdiction}.
	 */
	public StaffRead record(Authentication staff, String jurisdiction, String what, String subject) {
		String who = (staff != null && staff.getName() != null) ? staff.getName() : "unknown";
		StaffRead read = new StaffRead(UUID.randomUUID().toString(), this.clock.instant(), who, jurisdiction, what,
				subject);
		this.mongo.insert(read);
		log.info("Staff read: {} was shown the {} of {} in {}", who, what, subject, jurisdiction);
		return read;
	}

	/**
	 * The reads of {@code jurisdiction}'s residents, newest first: page {@code page}
	 * (from 0) of {@code size} (at most {@value #MAX_PAGE}).
	 */
	public List<StaffRead> list(String jurisdiction, int page, int size) {
		int bounded = Math.max(1, Math.min(size, MAX_PAGE));
		Query query = Query.query(Criteria.where("jurisdiction").is(jurisdiction))
			.with(Sort.by(Sort.Direction.DESC, "at"))
			.skip((long) Math.max(0, page) * bounded)
			.limit(bounded);
		return this.mongo.find(query, StaffRead.class);
	}

	/**
	 * Deletes the reads older than their retention, the cut-off from the clock. Returns
	 * how many.
	 */
	public long purge() {
		long purged = this.mongo
			.remove(Query.query(Criteria.where("at").lt(this.clock.instant().minus(this.retention.staffReads()))),
					StaffRead.class)
			.getDeletedCount();
		if (purged > 0) {
			log.info("Retention purged {} staff reads", purged);
		}
		return purged;
	}

}
