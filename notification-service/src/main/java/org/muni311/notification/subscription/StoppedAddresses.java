package org.muni311.notification.subscription;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Addresses that unsubscribed, per municipality: nothing is sent to them about any
 * request until they subscribe again (report with that address, or confirm a follow). One
 * document per (municipality, channel, address), looked up by {@code _id}.
 * <p>
 * A resident's erasure leaves their stopped address here: it is the record of their "send
 * me nothing" (CASL: an unsubscribe is honoured until they subscribe again), and removing
 * it would let a follow by anyone mail them again. It holds the address and when it
 * stopped, and nothing about any request or the person.
 */
@Service
public class StoppedAddresses {

	/** The MongoDB collection. */
	public static final String COLLECTION = "stopped_addresses";

	private final MongoTemplate mongo;

	private final Clock clock;

	StoppedAddresses(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Whether {@code contact} unsubscribed in {@code tenant} and did not subscribe again.
	 */
	public boolean isStopped(String tenant, Subscriber.Contact contact) {
		return this.mongo.exists(byId(tenant, contact), COLLECTION);
	}

	/**
	 * A check of whether a contact unsubscribed in its municipality, for the contacts of
	 * {@code contacts} (by municipality) read at once by {@code _id $in}.
	 */
	public BiPredicate<String, Subscriber.Contact> stoppedAmong(Map<String, List<Subscriber.Contact>> contacts) {
		List<String> keys = new ArrayList<>();
		contacts.forEach((tenant, theirs) -> theirs.forEach((contact) -> keys.add(contact.keyIn(tenant))));
		if (keys.isEmpty()) {
			return (tenant, contact) -> false;
		}
		Query query = Query.query(Criteria.where("_id").in(keys));
		query.fields().include("_id");
		Set<Object> stopped = new HashSet<>();
		this.mongo.find(query, Document.class, COLLECTION).forEach((found) -> stopped.add(found.get("_id")));
		return (tenant, contact) -> stopped.contains(contact.keyIn(tenant));
	}

	void stop(String tenant, Subscriber.Contact contact) {
		this.mongo.save(new Document("_id", contact.keyIn(tenant)).append("at", this.clock.instant()), COLLECTION);
	}

	void resume(String tenant, Subscriber.Contact contact) {
		this.mongo.remove(byId(tenant, contact), COLLECTION);
	}

	/**
	 * {@link #resume} for many addresses ({@code keys}: each {@code keyIn} its
	 * municipality) in one delete.
	 */
	void resumeAll(List<String> keys) {
		this.mongo.remove(Query.query(Criteria.where("_id").in(keys)), COLLECTION);
	}

	private static Query byId(String tenant, Subscriber.Contact contact) {
		return Query.query(Criteria.where("_id").is(contact.keyIn(tenant)));
	}

}
