package org.muni311.notification.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.muni311.contracts.ContactErased;
import org.muni311.contracts.EventEnvelope;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Takes residents' addresses out of subscriptions: a resident's erasure (the subscribers
 * with the erased address leave the request) and the retention purge of a request closed
 * long enough (every subscriber keeps their place, role and language, not their address).
 * The purge finds the requests by {@code closedAt}, which only closed requests not yet
 * purged hold: the sparse index {@code closed_at} serves it.
 */
@Service
public class ContactData {

	private final MongoTemplate mongo;

	private final FollowedAddresses followed;

	ContactData(MongoTemplate mongo, FollowedAddresses followed) {
		this.mongo = mongo;
		this.followed = followed;
		mongo.indexOps(Subscription.COLLECTION)
			.createIndex(new Index("closedAt", Sort.Direction.ASC).sparse().named("closed_at"));
	}

	/**
	 * The subscribers of the request {@code event} erases, with the subscription as it
	 * is: empty when the request is unknown here, the erasure was applied already, or
	 * nobody on it used the address.
	 */
	public Optional<Erasure> toErase(EventEnvelope<ContactErased> event) {
		Subscription subscription = this.mongo.findById(Subscription.idOf(event.tenant(), event.requestId()),
				Subscription.class);
		if (subscription == null || subscription.erasureIds().contains(event.eventId())) {
			return Optional.empty();
		}
		List<Subscriber> erased = subscription.everyone()
			.stream()
			.filter((subscriber) -> subscriber.uses(event.payload()))
			.toList();
		return erased.isEmpty() ? Optional.empty() : Optional.of(new Erasure(subscription, erased));
	}

	/**
	 * Removes the erased subscribers from the request, with their unsubscribe,
	 * confirmation and digest entries, and releases their places under the follow cap;
	 * returns the subscription after. The subscribers are written whole: every other
	 * write of them comes from the same partition of {@code requests.subscriptions}, so
	 * none can come between this one's read and write.
	 */
	public Subscription erase(EventEnvelope<ContactErased> event, Erasure erasure) {
		Set<String> ids = erasure.subscriberIds();
		erasure.subscribers()
			.stream()
			.filter((subscriber) -> subscriber.contact() != null)
			.forEach((subscriber) -> this.followed.release(event.tenant(), subscriber.contact(), event.requestId()));
		Update remove = new Update()
			.set("subscribers",
					erasure.subscription().everyone().stream().filter((s) -> !ids.contains(s.id())).toList())
			.pullAll("unsubscribed", ids.toArray())
			.addToSet("erasures", event.eventId());
		// their ids alone, so that their subscriptions, redelivered, do not bring them
		// back
		remove.addToSet("erasedSubscribers").each(ids.toArray());
		ids.forEach((id) -> remove.unset("confirmed." + Subscription.windowKey(id))
			.unset("digests." + Subscription.windowKey(id)));
		return this.mongo.findAndModify(Subscriptions.byId(event.tenant(), event.requestId()), remove,
				FindAndModifyOptions.options().returnNew(true), Subscription.class);
	}

	/** Up to {@code limit} requests closed before {@code cutoff} and not yet purged. */
	public List<Subscription> closedBefore(Instant cutoff, int limit) {
		return this.mongo.find(Query.query(Criteria.where("closedAt").lt(cutoff)).limit(limit), Subscription.class);
	}

	/**
	 * Blanks every subscriber's address of {@code closed} and marks it purged, unless it
	 * reopened (or closed again) since it was read: false then.
	 */
	public boolean forgetAddresses(Subscription closed, Instant now) {
		Query stillClosed = Query.query(Criteria.where("_id").is(closed.id()).and("closedAt").is(closed.closedAt()));
		Update forget = new Update()
			.set("subscribers", closed.everyone().stream().map(Subscriber::withoutContact).toList())
			.unset("closedAt")
			.set("purgedAt", now);
		return this.mongo.updateFirst(stillClosed, forget, Subscription.class).getMatchedCount() == 1;
	}

	/**
	 * The subscribers of one request an erasure removes.
	 *
	 * @param subscription the subscription as read
	 * @param subscribers those who used the erased address
	 */
	public record Erasure(Subscription subscription, List<Subscriber> subscribers) {

		/** The ids of the erased subscribers. */
		public Set<String> subscriberIds() {
			return this.subscribers.stream().map(Subscriber::id).collect(Collectors.toSet());
		}

	}

}
