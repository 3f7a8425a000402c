package org.muni311.intake.request;

import java.time.Clock;
import java.time.Instant;

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
 * event, never in the public record.
 */
@Service
public class Followers {

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
	 */
	public boolean follow(String tenant, String requestId, ReporterSubscribed follower, String traceParent) {
		Instant now = this.clock.instant();
		EventEnvelope<ReporterSubscribed> event = EventEnvelope.create(ReporterSubscribed.TYPE,
				ReporterSubscribed.VERSION, tenant, requestId, now, traceParent, follower);
		OutboxEvent pending = OutboxEvent.of(Topics.REQUESTS_SUBSCRIPTIONS, event, this.json.writeValueAsString(event),
				now);
		String key = ServiceRequest.keyOf(tenant, requestId);
		boolean held = this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(key)),
					new Update().push("outbox", pending).inc("followers", 1), ServiceRequest.class)
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

}
