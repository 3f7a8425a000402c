package org.muni311.notification.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everyone who hears about one request, the notices that reached this service before the
 * request was known, and the ids of the deliveries made for it (the delivery log's index
 * by request).
 *
 * @param id {@code tenant:requestId}
 * @param tenant the municipality
 * @param requestId the request
 * @param subscribed whether the request is known (its reporter or caller arrived); until
 * then notices are parked
 * @param subscribers who hears about it, in the order they subscribed
 * @param unsubscribed ids of subscribers who asked to hear no more
 * @param confirmed when each follower who confirmed their address did (double opt-in), by
 * {@link #windowKey subscriber key}: a follower hears nothing but the confirmation
 * message until then, and nothing that happened before
 * @param parked notices (their JSON) that arrived before the request was known
 * @param deliveries ids of the deliveries recorded for the request
 * @param digests until when each subscriber's digest window is open, by {@link #windowKey
 * subscriber key}: notices arriving meanwhile are held and sent together when it closes
 * @param erasures ids of the {@code ContactErased} events applied (each once)
 * @param closedAt when the request closed, until its deliveries' addresses and content
 * are purged ({@code muni311.retention.deliveries} later) or it reopens; {@code null}
 * while open, and once purged
 * @param erasedSubscribers ids of the subscribers an erasure removed (no address): their
 * subscription, redelivered, is not registered again
 */
@Document(Subscription.COLLECTION)
public record Subscription(@Id String id, String tenant, String requestId, boolean subscribed,
		List<Subscriber> subscribers, List<String> unsubscribed, Map<String, Instant> confirmed, List<String> parked,
		List<String> deliveries, Map<String, Instant> digests, List<String> erasures, Instant closedAt,
		List<String> erasedSubscribers) {

	/** The MongoDB collection. */
	public static final String COLLECTION = "subscriptions";

	/** The id of the subscription to {@code requestId} of {@code tenant}. */
	public static String idOf(String tenant, String requestId) {
		return tenant + ":" + requestId;
	}

	/** The parked notices, never {@code null}. */
	public List<String> parkedEvents() {
		return (this.parked != null) ? this.parked : List.of();
	}

	/**
	 * Whether subscriber {@code subscriberId} (its subscription event's id) was
	 * registered here before: it is a subscriber, or was one until an erasure removed it.
	 * A redelivered subscription changes nothing, and never brings an erased address
	 * back.
	 */
	public boolean registeredBefore(String subscriberId) {
		return everyone().stream().anyMatch((subscriber) -> subscriber.id().equals(subscriberId))
				|| (this.erasedSubscribers != null && this.erasedSubscribers.contains(subscriberId));
	}

	/** Every subscriber, never {@code null}. */
	public List<Subscriber> everyone() {
		return (this.subscribers != null) ? this.subscribers : List.of();
	}

	/**
	 * The field name under {@code digests} of a subscriber (ids may hold characters field
	 * names may not).
	 */
	public static String windowKey(String subscriberId) {
		return subscriberId.replaceAll("[.$]", "_");
	}

	/** When follower {@code subscriberId} confirmed, or {@code null}. */
	public Instant confirmedAt(String subscriberId) {
		return (this.confirmed != null) ? this.confirmed.get(windowKey(subscriberId)) : null;
	}

	/** Until when {@code subscriberId}'s digest window is open, or {@code null}. */
	public Instant digestUntil(String subscriberId) {
		return (this.digests != null) ? this.digests.get(windowKey(subscriberId)) : null;
	}

	/** The ids of the erasures applied, never {@code null}. */
	public List<String> erasureIds() {
		return (this.erasures != null) ? this.erasures : List.of();
	}

	/** The delivery ids, never {@code null}. */
	public List<String> deliveryIds() {
		return (this.deliveries != null) ? this.deliveries : List.of();
	}

	/**
	 * Whom to tell: one subscriber per (channel, address), the first who subscribed with
	 * it, none whose address someone unsubscribed, no follower who has not confirmed. So
	 * a resident who follows twice hears once, one unsubscribe link silences an address
	 * on the request, and nobody can have someone else's address mailed by following.
	 */
	public List<Subscriber> recipients() {
		List<Subscriber> all = everyone();
		Set<String> silenced = new HashSet<>((this.unsubscribed != null) ? this.unsubscribed : List.of());
		Set<Subscriber.Contact> stopped = new HashSet<>();
		all.stream()
			.filter((s) -> silenced.contains(s.id()))
			.map(Subscriber::contact)
			.filter(Objects::nonNull)
			.forEach(stopped::add);
		Set<Subscriber.Contact> seen = new HashSet<>();
		List<Subscriber> recipients = new ArrayList<>();
		for (Subscriber subscriber : all) {
			Subscriber.Contact contact = subscriber.contact();
			boolean confirmedOrNeedsNot = !subscriber.needsConfirmation() || confirmedAt(subscriber.id()) != null;
			if (contact != null && confirmedOrNeedsNot && !stopped.contains(contact) && seen.add(contact)) {
				recipients.add(subscriber);
			}
		}
		return recipients;
	}

}
