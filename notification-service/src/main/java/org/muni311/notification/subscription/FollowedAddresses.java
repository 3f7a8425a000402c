package org.muni311.notification.subscription;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The open requests each address follows, per municipality, to cap them
 * ({@link SubscriptionProperties#maxPerAddress()}): anyone may type any address into a
 * follow, so one address could otherwise be mailed about every request of the
 * municipality. One document per (municipality, channel, address), {@code _id} as
 * {@link StoppedAddresses}'s, holding at most that many request ids and a
 * {@code version}. Every write is a compare-and-set on {@code {_id, version}}, with a
 * unique index on both: a lookup on MongoDB and on mongo-java-server alike (which scans
 * for any other condition beside {@code _id}), and two follows of one address at once on
 * two partitions cannot both take the last place. Only follows count: a reporter's or
 * caller's own request is never refused.
 */
@Component
class FollowedAddresses {

	/** The MongoDB collection. */
	static final String COLLECTION = "address_subscriptions";

	/** Compare-and-set rounds before giving up (the binder then retries the event). */
	private static final int ATTEMPTS = 20;

	private final MongoTemplate mongo;

	private final int max;

	FollowedAddresses(MongoTemplate mongo, SubscriptionProperties properties) {
		this.mongo = mongo;
		this.max = properties.maxPerAddress();
		mongo.indexOps(COLLECTION)
			.createIndex(new Index("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
				.unique()
				.named("id_version"));
	}

	/**
	 * Counts {@code requestId} among those {@code contact} follows; false, and nothing
	 * written, when it already follows as many open requests as allowed. A redelivered
	 * follow is counted once.
	 */
	boolean follow(String tenant, Subscriber.Contact contact, String requestId) {
		String id = contact.keyIn(tenant);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Document current = this.mongo.findById(id, Document.class, COLLECTION);
			if (current == null) {
				try {
					this.mongo.insert(
							new Document("_id", id).append("version", 1L).append("requests", List.of(requestId)),
							COLLECTION);
					return true;
				}
				catch (DuplicateKeyException ex) {
					continue; // another follow of this address came first: read it
				}
			}
			List<String> requests = requestsOf(current);
			if (requests.contains(requestId)) {
				return true;
			}
			if (requests.size() >= this.max) {
				return false;
			}
			requests.add(requestId);
			if (replace(current, requests)) {
				return true;
			}
		}
		throw new IllegalStateException("The follows of one address kept changing; trying the event again");
	}

	/**
	 * Stops counting {@code requestId} for {@code contact} (the request closed, the
	 * address unsubscribed or was erased); the document goes with the last request.
	 */
	void release(String tenant, Subscriber.Contact contact, String requestId) {
		String id = contact.keyIn(tenant);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Document current = this.mongo.findById(id, Document.class, COLLECTION);
			if (current == null) {
				return;
			}
			List<String> requests = requestsOf(current);
			if (!requests.remove(requestId)) {
				return;
			}
			if (requests.isEmpty() ? this.mongo.remove(unchanged(current), COLLECTION).getDeletedCount() == 1
					: replace(current, requests)) {
				return;
			}
		}
		throw new IllegalStateException("The follows of one address kept changing; trying again");
	}

	private boolean replace(Document current, List<String> requests) {
		return this.mongo
			.updateFirst(unchanged(current), new Update().set("requests", requests).inc("version", 1), COLLECTION)
			.getMatchedCount() == 1;
	}

	private static Query unchanged(Document current) {
		return Query.query(Criteria.where("_id").is(current.get("_id")).and("version").is(current.get("version")));
	}

	private static List<String> requestsOf(Document current) {
		return new ArrayList<>(current.getList("requests", String.class, List.of()));
	}

}
