package org.muni311.notification.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Subscriptions, one document per request, every write by {@code _id} and atomic on that
 * document. A subscription and a notice travel on different topics, so either may arrive
 * first: a notice that finds the request unknown is parked in the same document, and
 * whichever write comes second sees the other's. A redelivered subscription adds nobody:
 * the subscriber, keyed by its event id, is added to a set. A follow is refused when its
 * address already follows as many open requests as allowed ({@link FollowedAddresses}).
 */
@Service
public class Subscriptions {

	private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

	private static final FindAndModifyOptions UPSERT_RETURN_NEW = FindAndModifyOptions.options()
		.upsert(true)
		.returnNew(true);

	private final MongoTemplate mongo;

	private final StoppedAddresses stopped;

	private final Clock clock;

	private final FollowedAddresses followed;

	private final Counter refused;

	Subscriptions(MongoTemplate mongo, StoppedAddresses stopped, Clock clock, FollowedAddresses followed,
			MeterRegistry meters) {
		this.mongo = mongo;
		this.clock = clock;
		this.stopped = stopped;
		this.followed = followed;
		this.refused = Counter.builder("muni311.notification.follows.refused")
			.description("Follows refused: their address already follows as many open requests as allowed")
			.register(meters);
	}

	/**
	 * Adds a subscriber to a request; returns the subscription with any notices parked
	 * before it, or empty when the follow is refused (its address follows too many open
	 * requests already): nothing is recorded and no confirmation is asked.
	 */
	public Optional<Subscription> register(EventEnvelope<ReporterSubscribed> event) {
		Subscriber subscriber = Subscriber.of(event);
		Optional<Subscription> before = find(event.tenant(), event.requestId());
		if (before.isPresent() && before.get().registeredBefore(subscriber.id())) {
			// a redelivery: changes nothing (no place under the cap taken again, no
			// stopped address resumed), and brings no erased address back
			return before;
		}
		if (subscriber.needsConfirmation() && subscriber.contact() != null
				&& !this.followed.follow(event.tenant(), subscriber.contact(), event.requestId())) {
			this.refused.increment();
			log.info("Follow {} of request {} refused: its address follows the most open requests allowed",
					event.eventId(), event.requestId());
			return Optional.empty();
		}
		if (!subscriber.needsConfirmation() && subscriber.contact() != null) {
			// a reporter or caller who gives an address that unsubscribed subscribes it
			// again
			this.stopped.resume(event.tenant(), subscriber.contact());
		}
		Update subscribe = new Update().set("tenant", event.tenant())
			.set("requestId", event.requestId())
			.addToSet("subscribers", subscriber);
		if (subscriber.announcesTheRequest()) {
			subscribe.set("subscribed", true);
		}
		else {
			subscribe.setOnInsert("subscribed", false);
		}
		return Optional.ofNullable(this.mongo.findAndModify(byId(event.tenant(), event.requestId()), subscribe,
				UPSERT_RETURN_NEW, Subscription.class));
	}

	/**
	 * Whether {@code event} subscribes someone who must confirm first (a follower): such
	 * a subscription is registered alone ({@link #register}), under the follow cap.
	 */
	public static boolean needsConfirmation(EventEnvelope<ReporterSubscribed> event) {
		return Subscriber.of(event).needsConfirmation();
	}

	/**
	 * Registers reporters and callers (none of them a follower: see
	 * {@link #needsConfirmation}) of many requests in three round trips for all: their
	 * addresses resumed in one delete by {@code _id $in}, the subscriptions upserted in
	 * one unordered bulk write (each the same write as {@link #register}'s), and read
	 * back by {@code _id $in}. Returns the subscriptions by id, each with any notices
	 * parked before it.
	 */
	public Map<String, Subscription> registerAll(List<EventEnvelope<ReporterSubscribed>> events) {
		if (events.isEmpty()) {
			return Map.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		events.forEach((event) -> ids.add(Subscription.idOf(event.tenant(), event.requestId())));
		Map<String, Subscription> before = read(ids);
		List<String> resumed = new ArrayList<>();
		BulkOperations bulk = null;
		Set<String> added = new HashSet<>();
		for (EventEnvelope<ReporterSubscribed> event : events) {
			Subscriber subscriber = Subscriber.of(event);
			if (subscriber.needsConfirmation()) {
				throw new IllegalArgumentException("A follow is registered alone: " + event.eventId());
			}
			Subscription known = before.get(Subscription.idOf(event.tenant(), event.requestId()));
			if ((known != null && known.registeredBefore(subscriber.id())) || !added.add(subscriber.id())) {
				continue; // a redelivery: changes nothing, and brings no erased address
							// back
			}
			if (subscriber.contact() != null) {
				resumed.add(subscriber.contact().keyIn(event.tenant()));
			}
			if (bulk == null) {
				bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Subscription.class);
			}
			bulk.upsert(byId(event.tenant(), event.requestId()),
					new Update().set("tenant", event.tenant())
						.set("requestId", event.requestId())
						.addToSet("subscribers", subscriber)
						.set("subscribed", true));
		}
		if (bulk == null) {
			return before;
		}
		if (!resumed.isEmpty()) {
			this.stopped.resumeAll(resumed);
		}
		bulk.execute();
		return read(ids);
	}

	/** The subscription documents of {@code ids}, by id, read by {@code _id $in}. */
	private Map<String, Subscription> read(Collection<String> ids) {
		Map<String, Subscription> found = new LinkedHashMap<>();
		for (Subscription subscription : this.mongo.find(Query.query(Criteria.where("_id").in(ids)),
				Subscription.class)) {
			found.put(subscription.id(), subscription);
		}
		return found;
	}

	/**
	 * Records that the request closed ({@code closedAt}, from which its deliveries'
	 * retention runs; its followers' places under the cap are released) or, for any other
	 * status, that it is open again. Status changes of one request come in order on one
	 * partition, so the last one read decides; {@code before} is the subscription as read
	 * for this change (only these changes and the retention purge write
	 * {@code closedAt}), so that a change of an open request costs no write here.
	 */
	public void statusChanged(String tenant, String requestId, RequestStatus status, Instant at,
			Optional<Subscription> before) {
		statusChanged(tenant, requestId, status, at, before.isPresent() && before.get().closedAt() != null);
	}

	/**
	 * {@link #statusChanged(String, String, RequestStatus, Instant, Optional)}, knowing
	 * whether the request was recorded as closed before this change. Returns whether it
	 * is recorded as closed after it.
	 */
	public boolean statusChanged(String tenant, String requestId, RequestStatus status, Instant at,
			boolean closedBefore) {
		if (status != RequestStatus.CLOSED) {
			if (closedBefore) {
				this.mongo.updateFirst(byId(tenant, requestId), new Update().unset("closedAt"), Subscription.class);
			}
			return false;
		}
		Subscription closed = this.mongo.findAndModify(byId(tenant, requestId), new Update().set("closedAt", at),
				FindAndModifyOptions.options().returnNew(true), Subscription.class);
		if (closed != null) {
			closed.everyone()
				.stream()
				.filter((subscriber) -> subscriber.needsConfirmation() && subscriber.contact() != null)
				.forEach((follower) -> this.followed.release(tenant, follower.contact(), requestId));
		}
		return true;
	}

	/** The subscription of a request, if the request is known. */
	public Optional<Subscription> of(String tenant, String requestId) {
		return find(tenant, requestId).filter(Subscription::subscribed);
	}

	/**
	 * The subscriptions of the requests of {@code ids} ({@link Subscription#idOf}) that
	 * are known, by id, in one read by {@code _id $in}.
	 */
	public Map<String, Subscription> known(Collection<String> ids) {
		Map<String, Subscription> known = read(ids);
		known.values().removeIf((subscription) -> !subscription.subscribed());
		return known;
	}

	/** The subscription document of a request, known or not. */
	public Optional<Subscription> find(String tenant, String requestId) {
		return Optional.ofNullable(this.mongo.findById(Subscription.idOf(tenant, requestId), Subscription.class));
	}

	/**
	 * Parks {@code noticeJson} for the request unless it has become known meanwhile.
	 * Returns the subscription if it has (the caller delivers now), empty if the notice
	 * waits.
	 */
	public Optional<Subscription> parkUnlessSubscribed(String tenant, String requestId, String noticeJson) {
		// a document this creates must say "not subscribed": without the field it cannot
		// be read back (a record's
		// boolean), and every notice that overtook its subscription failed, was retried
		// and dead-lettered
		Update park = new Update().set("tenant", tenant)
			.set("requestId", requestId)
			.addToSet("parked", noticeJson)
			.setOnInsert("subscribed", false);
		Subscription after = this.mongo.findAndModify(byId(tenant, requestId), park, UPSERT_RETURN_NEW,
				Subscription.class);
		return Optional.ofNullable(after).filter(Subscription::subscribed);
	}

	/** Forgets parked notices once they are delivered. */
	public void unpark(Subscription subscription, List<String> noticeJsons) {
		if (!noticeJsons.isEmpty()) {
			this.mongo.updateFirst(byId(subscription.tenant(), subscription.requestId()),
					new Update().pullAll("parked", noticeJsons.toArray()), Subscription.class);
		}
	}

	/**
	 * Lists deliveries under their request, before they are recorded, so that the log
	 * misses none, and opens the digest windows {@code opened} (until when, by subscriber
	 * id).
	 */
	public void logDeliveries(String tenant, String requestId, List<String> deliveryIds, Map<String, Instant> opened) {
		logDeliveries(List.of(new DeliveryLog(tenant, requestId, deliveryIds, opened)));
	}

	/**
	 * {@link #logDeliveries(String, String, List, Map)} for many requests: one unordered
	 * bulk write, one update per request (its entries merged, later windows winning).
	 */
	public void logDeliveries(List<DeliveryLog> logs) {
		Map<String, Update> updates = new LinkedHashMap<>();
		Map<String, DeliveryLog> requests = new HashMap<>();
		Map<String, List<String>> ids = new HashMap<>();
		for (DeliveryLog entry : logs) {
			if (entry.deliveryIds().isEmpty() && entry.opened().isEmpty()) {
				continue;
			}
			String id = Subscription.idOf(entry.tenant(), entry.requestId());
			requests.putIfAbsent(id, entry);
			Update log = updates.computeIfAbsent(id, (key) -> new Update());
			ids.computeIfAbsent(id, (key) -> new ArrayList<>()).addAll(entry.deliveryIds());
			entry.opened()
				.forEach((subscriberId, until) -> log.set("digests." + Subscription.windowKey(subscriberId), until));
		}
		if (updates.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Subscription.class);
		updates.forEach((id, log) -> {
			if (!ids.get(id).isEmpty()) {
				log.addToSet("deliveries").each(ids.get(id).toArray());
			}
			DeliveryLog request = requests.get(id);
			bulk.updateOne(byId(request.tenant(), request.requestId()), log);
		});
		bulk.execute();
	}

	/**
	 * Deliveries to list under a request and the digest windows they open.
	 *
	 * @param tenant the municipality
	 * @param requestId the request
	 * @param deliveryIds the deliveries' ids
	 * @param opened until when each subscriber's window is open, by subscriber id
	 */
	public record DeliveryLog(String tenant, String requestId, List<String> deliveryIds, Map<String, Instant> opened) {
	}

	/**
	 * Stops telling a subscriber (and anyone on the request with the same address); false
	 * if none such.
	 */
	boolean unsubscribe(UnsubscribeTokens.Holder holder) {
		Subscription after = this.mongo.findAndModify(byId(holder.tenant(), holder.requestId()),
				new Update().addToSet("unsubscribed", holder.subscriberId()),
				FindAndModifyOptions.options().returnNew(true), Subscription.class);
		Subscriber subscriber = subscriber(after, holder.subscriberId());
		if (subscriber != null && subscriber.contact() != null) {
			// on every request of the municipality, until the address subscribes again
			this.stopped.stop(holder.tenant(), subscriber.contact());
			this.followed.release(holder.tenant(), subscriber.contact(), holder.requestId());
		}
		return subscriber != null;
	}

	/**
	 * Confirms a follower (the link of their confirmation message): they hear of the
	 * request from now on, and their address is no longer stopped. False if no such
	 * follower.
	 */
	boolean confirm(UnsubscribeTokens.Holder holder) {
		Subscription after = this.mongo.findAndModify(byId(holder.tenant(), holder.requestId()),
				new Update().min("confirmed." + Subscription.windowKey(holder.subscriberId()), this.clock.instant()),
				FindAndModifyOptions.options().returnNew(true), Subscription.class);
		Subscriber follower = subscriber(after, holder.subscriberId());
		if (follower != null && follower.contact() != null) {
			this.stopped.resume(holder.tenant(), follower.contact());
		}
		return follower != null;
	}

	/** Subscriber {@code id} of {@code subscription}, or {@code null}. */
	private static Subscriber subscriber(Subscription subscription, String id) {
		return (subscription != null)
				? subscription.everyone().stream().filter((s) -> s.id().equals(id)).findFirst().orElse(null) : null;
	}

	static Query byId(String tenant, String requestId) {
		return Query.query(Criteria.where("_id").is(Subscription.idOf(tenant, requestId)));
	}

}
