package org.muni311.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Blanks deliveries: their recipient, content, notice and unsubscribe link go, their
 * state and times stay (the counts), {@code erasedAt} says when. One still pending is
 * {@link DeliveryState#ERASED} and never sent: a {@link Dispatcher} claims a delivery
 * only while the store holds it pending, whatever copy it kept in memory. Every write is
 * by {@code _id} (a lookup on every store) and may be repeated.
 */
@Component
public class DeliveryErasure {

	/** Ids per write. */
	private static final int CHUNK = 500;

	private final MongoTemplate mongo;

	private final Clock clock;

	DeliveryErasure(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Blanks the deliveries {@code ids}; returns how many it found. */
	long erase(List<String> ids) {
		long found = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			found += eraseChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
		}
		return found;
	}

	private long eraseChunk(List<String> ids) {
		Instant now = this.clock.instant();
		Query states = Query.query(Criteria.where("_id").in(ids));
		states.fields().include("_id").include("state");
		List<Object> pending = this.mongo.find(states, Document.class, Delivery.COLLECTION)
			.stream()
			.filter((found) -> DeliveryState.PENDING.name().equals(found.getString("state")))
			.map((found) -> found.get("_id"))
			.toList();
		if (!pending.isEmpty()) {
			// one a sender claimed meanwhile is on its way: marked sent after, it keeps
			// that state (but not its content)
			this.mongo.updateMulti(Query.query(Criteria.where("_id").in(pending)),
					new Update().set("state", DeliveryState.ERASED).set("updatedAt", now), Delivery.COLLECTION);
		}
		return this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
				new Update().unset("recipient")
					.unset("content")
					.unset("notice")
					.unset("unsubscribeUrl")
					.min("erasedAt", now),
				Delivery.COLLECTION)
			.getMatchedCount();
	}

}
