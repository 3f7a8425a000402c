package org.muni311.intake.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.Topics;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * "Me too": someone with the same problem follows an existing request instead of filing
 * another. The follower's subscription goes out through the request's own outbox, in one
 * write by {@code _id} that also counts the followers; the contact travels only in the
 * event, never in the public record: the request keeps only its
 * {@link Contact#erasureKeys erasure keys} ({@value #KEYS}), so that an erasure finds the
 * requests a person follows. A request takes at most {@link #MAX_FOLLOWERS} followers
 * (callers an agent logs are not counted against it).
 */
@Service
public class Followers {

	/**
	 * The field of a request listing its followers' (and logged callers')
	 * {@link Contact#erasureKeys erasure keys}.
	 */
	public static final String KEYS = "followerKeys";

	/** The most followers a request takes. */
	public static final int MAX_FOLLOWERS = 500;

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	private final JsonMapper json;

	private final Clock clock;

	private final RequestMetrics metrics;

	Followers(MongoTemplate mongo, OutboxRelay serviceRequestOutbox, JsonMapper json, Clock clock,
			RequestMetrics metrics) {
		this.mongo = mongo;
		this.relay = serviceRequestOutbox;
		this.json = json;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Subscribes a follower (or, with role {@link ReporterSubscribed#CALLER}, a caller an
	 * agent logged) to the request {@code requestId} of {@code tenant}. Returns whether
	 * the request is held here.
	 * @throws FollowersFullException if a follower would be one more than
	 * {@link #MAX_FOLLOWERS}
	 */
	public boolean follow(String tenant, String requestId, ReporterSubscribed follower, String traceParent) {
		if (ReporterSubscribed.FOLLOWER.equals(follower.role())
				&& followers(ServiceRequest.keyOf(tenant, requestId)) >= MAX_FOLLOWERS) {
			throw new FollowersFullException();
		}
		Instant now = this.clock.instant();
		EventEnvelope<ReporterSubscribed> event = EventEnvelope.create(ReporterSubscribed.TYPE,
				ReporterSubscribed.VERSION, tenant, requestId, now, traceParent, follower);
		OutboxEvent pending = OutboxEvent.of(Topics.REQUESTS_SUBSCRIPTIONS, event, this.json.writeValueAsString(event),
				now);
		String key = ServiceRequest.keyOf(tenant, requestId);
		Update update = new Update().push("outbox", pending).inc("followers", 1);
		List<String> keys = Contact.erasureKeys(follower.email(), follower.phone());
		if (!keys.isEmpty()) {
			update.addToSet(KEYS).each(keys.toArray());
		}
		boolean held = this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), update, ServiceRequest.class)
			.getMatchedCount() == 1;
		if (held) {
			// the relay reads the document: events of the submission may still be pending
			// beside this one
			this.relay.wake(key);
			if (ReporterSubscribed.FOLLOWER.equals(follower.role())) {
				this.metrics.joined(tenant, follower.channel());
			}
		}
		return held;
	}

	/**
	 * How many followers the request {@code key} has: read by {@code _id} alone (the cap
	 * is checked here, not in the write's criteria, which mongo-java-server would serve
	 * by a scan); two followers at the same moment may pass it by one.
	 */
	private long followers(String key) {
		Query query = Query.query(Criteria.where("_id").is(key));
		query.fields().include("followers");
		Document found = this.mongo.findOne(query, Document.class, ServiceRequest.COLLECTION);
		return (found != null && found.get("followers") instanceof Number count) ? count.longValue() : 0;
	}

}
