package org.muni311.notification.subscription;

import java.util.List;
import java.util.Optional;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Subscriptions, one document per request, every write by {@code _id} and atomic on that document. The
 * subscription and a status change travel on different topics, so either may arrive first: a status change that
 * finds no subscription is parked in the same document, and whichever write comes second sees the other's.
 */
@Service
public class Subscriptions {

	private static final FindAndModifyOptions UPSERT_RETURN_NEW = FindAndModifyOptions.options()
		.upsert(true)
		.returnNew(true);

	private final MongoTemplate mongo;

	Subscriptions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Records the reporter of a request; returns the subscription with any status changes parked before it. */
	public Subscription register(EventEnvelope<ReporterSubscribed> event) {
		Update subscribe = new Update().set("tenant", event.tenant())
			.set("requestId", event.requestId())
			.set("subscribed", true)
			.set("email", event.payload().email())
			.set("language", event.payload().language());
		return this.mongo.findAndModify(byId(event.tenant(), event.requestId()), subscribe, UPSERT_RETURN_NEW,
				Subscription.class);
	}

	/** The reporter's subscription, if it has arrived. */
	public Optional<Subscription> reporterOf(String tenant, String requestId) {
		return Optional.ofNullable(this.mongo.findById(Subscription.idOf(tenant, requestId), Subscription.class))
			.filter(Subscription::subscribed);
	}

	/**
	 * Parks {@code eventJson} for the request unless its subscription has arrived meanwhile. Returns the
	 * subscription if it has (the caller delivers now), empty if the event waits for it.
	 */
	public Optional<Subscription> parkUnlessSubscribed(String tenant, String requestId, String eventJson) {
		Update park = new Update().set("tenant", tenant).set("requestId", requestId).addToSet("parked", eventJson);
		Subscription after = this.mongo.findAndModify(byId(tenant, requestId), park, UPSERT_RETURN_NEW,
				Subscription.class);
		return Optional.ofNullable(after).filter(Subscription::subscribed);
	}

	/** Forgets parked events once they are delivered. */
	public void unpark(Subscription subscription, List<String> eventJsons) {
		if (!eventJsons.isEmpty()) {
			this.mongo.updateFirst(byId(subscription.tenant(), subscription.requestId()),
					new Update().pullAll("parked", eventJsons.toArray()), Subscription.class);
		}
	}

	private static Query byId(String tenant, String requestId) {
		return Query.query(Criteria.where("_id").is(Subscription.idOf(tenant, requestId)));
	}

}
