package org.muni311.notification.delivery;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.muni311.contracts.ContactErased;
import org.muni311.contracts.EventEnvelope;
import org.muni311.notification.subscription.ContactData;
import org.muni311.notification.subscription.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Applies a resident's erasure to one request ({@link ContactErased}): the deliveries to
 * the subscribers with the erased address are blanked (a pending one is not sent), then
 * those subscribers leave the request. In that order, so that a failure half-way is
 * finished by the event's retry; once applied, the event's id is kept on the subscription
 * and a redelivery does nothing. An erasure of a request this service never heard of does
 * nothing. Addresses that unsubscribed ({@code stopped_addresses}) stay: see
 * {@link org.muni311.notification.subscription.StoppedAddresses}.
 */
@Service
class Erasures {

	private static final Logger log = LoggerFactory.getLogger(Erasures.class);

	private final ContactData contacts;

	private final DeliveryErasure deliveries;

	Erasures(ContactData contacts, DeliveryErasure deliveries) {
		this.contacts = contacts;
		this.deliveries = deliveries;
	}

	void erase(EventEnvelope<ContactErased> event) {
		Optional<ContactData.Erasure> found = this.contacts.toErase(event);
		if (found.isEmpty()) {
			log.info("Erasure {} of request {}: nobody here to erase", event.eventId(), event.requestId());
			return;
		}
		ContactData.Erasure erasure = found.get();
		long blanked = this.deliveries.erase(to(erasure.subscription(), erasure.subscriberIds()));
		Subscription after = this.contacts.erase(event, erasure);
		// a notice recorded between the read and the removal listed its deliveries by now
		List<String> meanwhile = to(after, erasure.subscriberIds()).stream()
			.filter((id) -> !erasure.subscription().deliveryIds().contains(id))
			.toList();
		blanked += this.deliveries.erase(meanwhile);
		log.info("Erasure {} of request {}: {} subscriber(s) removed, {} delivery(ies) blanked", event.eventId(),
				event.requestId(), erasure.subscribers().size(), blanked);
	}

	private static List<String> to(Subscription subscription, Set<String> subscriberIds) {
		if (subscription == null) {
			return List.of();
		}
		return subscription.deliveryIds()
			.stream()
			.filter((id) -> subscriberIds.stream().anyMatch((subscriber) -> Delivery.isTo(id, subscriber)))
			.toList();
	}

}
