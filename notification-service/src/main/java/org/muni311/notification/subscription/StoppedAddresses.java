package org.muni311.notification.subscription;

import java.time.Clock;

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

	void stop(String tenant, Subscriber.Contact contact) {
		this.mongo.save(new Document("_id", contact.keyIn(tenant)).append("at", this.clock.instant()), COLLECTION);
	}

	void resume(String tenant, Subscriber.Contact contact) {
		this.mongo.remove(byId(tenant, contact), COLLECTION);
	}

	private static Query byId(String tenant, Subscriber.Contact contact) {
		return Query.query(Criteria.where("_id").is(contact.keyIn(tenant)));
	}

}
