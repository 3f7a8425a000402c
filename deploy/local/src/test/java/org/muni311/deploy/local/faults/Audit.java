package org.muni311.deploy.local.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;

import static org.awaitility.Awaitility.await;

/**
 * What became of a set of acknowledged requests: each must have exactly one work item
 * (one routing decision, one {@code ROUTED} event id) and exactly one mail to its
 * reporter (one Message-ID; copies of it are counted apart), and no outbox may hold
 * events.
 */
final class Audit {

	private static final Pattern EVENT_ID = Pattern.compile("\"eventId\":\"([^\"]+)\"");

	private final FaultPlatform platform;

	Audit(FaultPlatform platform) {
		this.platform = platform;
	}

	/**
	 * Audits {@code acknowledged} until the result is settled, as long as each audit
	 * within {@code stall} finds fewer requests missing than before, up to {@code limit};
	 * returns the last result, settled or not. The backlog a fault leaves grows with how
	 * long the load took to meet it, and a busy machine works it off slowly: a fixed wait
	 * would fail a platform that is still catching up.
	 */
	Result settle(Set<String> acknowledged, Duration stall, Duration limit) {
		AtomicReference<Result> last = new AtomicReference<>();
		AtomicLong fewest = new AtomicLong(Long.MAX_VALUE);
		AtomicLong progressed = new AtomicLong(System.nanoTime());
		try {
			await().atMost(limit).pollInterval(Duration.ofSeconds(2)).until(() -> {
				Result result = of(acknowledged);
				last.set(result);
				long missing = result.lost().size() + result.pendingOutbox();
				if (missing < fewest.get()) {
					fewest.set(missing);
					progressed.set(System.nanoTime());
				}
				return result.settled() || System.nanoTime() - progressed.get() > stall.toNanos();
			});
		}
		catch (ConditionTimeoutException ex) {
			// still making progress at the limit: the last result says how far it got
		}
		return (last.get() != null) ? last.get() : of(acknowledged);
	}

	Result of(Set<String> acknowledged) {
		Set<String> routed;
		long pendingOutbox;
		try (MongoClient mongo = MongoClients.create(this.platform.mongo("muni311-routing"))) {
			routed = new HashSet<>();
			mongo.getDatabase("muni311-routing")
				.getCollection("work_items")
				.find()
				.map((item) -> item.getString("requestId"))
				.into(new ArrayList<>())
				.forEach(routed::add);
			pendingOutbox = mongo.getDatabase("muni311-routing")
				.getCollection("work_items")
				.countDocuments(Filters.exists("outbox.0"))
					+ mongo.getDatabase("muni311-intake")
						.getCollection("service_requests")
						.countDocuments(Filters.exists("outbox.0"));
		}
		Map<String, Set<String>> routedEventIds = routedEventIds();
		Map<String, List<String>> mails = this.platform.mail.perRequest(this.platform.smtp());
		List<String> lost = new ArrayList<>();
		List<String> duplicated = new ArrayList<>();
		int unrouted = 0;
		int copies = 0;
		for (String id : acknowledged) {
			List<String> messageIds = mails.getOrDefault(id, List.of());
			Set<String> messages = new HashSet<>(messageIds);
			if (!routed.contains(id) || messages.isEmpty()) {
				lost.add(id);
				unrouted += routed.contains(id) ? 0 : 1;
			}
			int routings = routedEventIds.getOrDefault(id, Set.of()).size();
			if (messages.size() > 1 || routings > 1) {
				duplicated.add(id + " (" + routings + " routing events, mails " + messageIds + ")");
			}
			copies += messageIds.size() - messages.size();
		}
		return new Result(acknowledged.size(), lost, duplicated, copies, pendingOutbox, unrouted);
	}

	/**
	 * Why requests are lost, for the failure message: how many have no work item, how
	 * many no mail, and the state of their deliveries in notification's store (none
	 * recorded, pending, failed with what).
	 */
	String explain(Result result) {
		if (result.lost().isEmpty()) {
			return "";
		}
		Map<String, Integer> states = new HashMap<>();
		String lastError = null;
		try (MongoClient mongo = MongoClients.create(this.platform.mongo("muni311-notification"))) {
			Set<String> recorded = new HashSet<>();
			for (org.bson.Document delivery : mongo.getDatabase("muni311-notification")
				.getCollection("deliveries")
				.find(Filters.in("requestId", result.lost()))) {
				recorded.add(delivery.getString("requestId"));
				states.merge(delivery.getString("kind") + ":" + delivery.getString("state"), 1, Integer::sum);
				lastError = (delivery.getString("lastError") != null) ? delivery.getString("lastError") : lastError;
			}
			states.put("no delivery recorded",
					(int) result.lost().stream().filter((id) -> !recorded.contains(id)).count());
		}
		return "lost " + result.lost().size() + " of " + result.acknowledged() + ": " + result.unrouted()
				+ " without a work item, " + (result.lost().size() - result.unrouted())
				+ " routed but without a mail; their deliveries: " + states + ", last error: " + lastError;
	}

	private Map<String, Set<String>> routedEventIds() {
		Map<String, Set<String>> ids = new HashMap<>();
		KafkaTestClient kafka = new KafkaTestClient(this.platform.kafkaBootstrapServers());
		for (ConsumerRecord<String, String> record : kafka.readAll(Topics.REQUESTS_STATUS_CHANGED)) {
			Matcher eventId = EVENT_ID.matcher(record.value());
			if (record.value().contains("\"status\":\"ROUTED\"") && eventId.find()) {
				ids.computeIfAbsent(record.key(), (key) -> new HashSet<>()).add(eventId.group(1));
			}
		}
		return ids;
	}

	/**
	 * @param acknowledged requests that got a 2xx
	 * @param lost acknowledged requests without a work item or without a mail
	 * @param duplicated acknowledged requests routed twice or sent two different mails,
	 * with what they got
	 * @param copies mails received again under a Message-ID received before: one message
	 * sent twice
	 * @param pendingOutbox documents still holding unpublished events
	 * @param unrouted lost requests that have no work item
	 */
	record Result(int acknowledged, List<String> lost, List<String> duplicated, int copies, long pendingOutbox,
			int unrouted) {

		boolean settled() {
			return this.lost.isEmpty() && this.pendingOutbox == 0;
		}

		String line(String scenario) {
			return "scenario=" + scenario + " acknowledged=" + this.acknowledged + " lost=" + this.lost.size()
					+ " duplicated=" + this.duplicated.size() + " copies=" + this.copies + " outbox="
					+ this.pendingOutbox;
		}

	}

}
