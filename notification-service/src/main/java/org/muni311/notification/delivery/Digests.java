package org.muni311.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which deliveries of a batch go together as one digest. */
final class Digests {

	private Digests() {
	}

	/**
	 * The messages to send, by the id of their first delivery: the deliveries of one
	 * request to one recipient held to the same time (a digest window's end, the end of
	 * quiet hours) go together as one digest; any other goes alone, so that a backlog
	 * never merges messages that were not held.
	 */
	static Map<String, List<Delivery>> group(List<Delivery> due) {
		Map<String, List<Delivery>> byRecipient = new LinkedHashMap<>();
		for (Delivery delivery : due) {
			boolean held = delivery.notBefore() != null;
			String key = held ? recipientOf(delivery) + "\n" + delivery.notBefore() : delivery.id();
			byRecipient.computeIfAbsent(key, (k) -> new ArrayList<>()).add(delivery);
		}
		Map<String, List<Delivery>> messages = new LinkedHashMap<>();
		for (List<Delivery> group : byRecipient.values()) {
			group.sort(Comparator.comparing(Delivery::occurredAt).thenComparing(Delivery::id));
			messages.put(group.get(0).id(), group);
		}
		return messages;
	}

	/**
	 * Moves from {@code handed} to {@code due} the deliveries held for the same
	 * recipients that are due too but not yet woken: the scheduler wakes held deliveries
	 * one by one, and a digest must not be split by a batch taken in between.
	 */
	static void takeHeldSiblings(List<Delivery> due, Map<Object, Delivery> handed, Instant now) {
		Set<String> recipients = new HashSet<>();
		due.stream().filter((d) -> d.notBefore() != null).forEach((d) -> recipients.add(recipientOf(d)));
		if (recipients.isEmpty()) {
			return;
		}
		for (Delivery waiting : List.copyOf(handed.values())) {
			if (waiting.notBefore() != null && !waiting.notBefore().isAfter(now)
					&& recipients.contains(recipientOf(waiting)) && handed.remove(waiting.id(), waiting)) {
				due.add(waiting);
			}
		}
	}

	private static String recipientOf(Delivery delivery) {
		return delivery.requestId() + "\n" + delivery.subscriberId();
	}

}
