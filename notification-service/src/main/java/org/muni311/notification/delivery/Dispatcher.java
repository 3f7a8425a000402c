package org.muni311.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.muni311.autoconfigure.worker.BatchingWorker;
import org.muni311.notification.template.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Sends the recorded deliveries of one channel off the Kafka consumer's thread, in
 * batches, and marks each {@code SENT} after. A transient failure is tried again after a
 * pause that doubles each time (up to {@link MailProperties#maxRetry()}), until
 * {@link MailProperties#maxAttempts()}; a permanent one, or the last attempt, is marked
 * {@code FAILED} with its reason. A delivery held for quiet hours waits until its
 * {@link Delivery#notBefore()}. Deliveries of one request to one recipient that fall due
 * together (a digest window's) go as one digest. A provider that is down delays messages;
 * it never holds a Kafka partition. Each delivery is claimed before it is sent (see
 * {@link #claim}), so that of several instances only one sends it.
 */
final class Dispatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	/**
	 * The field that names the send pass that claimed a delivery last (see
	 * {@link #claim(List, Instant)}).
	 */
	static final String CLAIM = "claim";

	private final ChannelSender sender;

	private final MongoTemplate mongo;

	private final MailProperties settings;

	private final Clock clock;

	private final BatchingWorker worker;

	/**
	 * Deliveries handed over as recorded, by id, until the worker takes them (saves
	 * reading them back).
	 */
	private final Map<Object, Delivery> handed = new ConcurrentHashMap<>();

	/**
	 * The {@code updatedAt} this instance knows of each delivery it is to send: as it
	 * recorded it, as its recovery pass claimed it, as it marked it for a retry. It
	 * claims a delivery only on that value, never on one read back from the store (which
	 * may be another instance's claim).
	 */
	private final Map<Object, Instant> known = new ConcurrentHashMap<>();

	private final Counter sent;

	private final Counter failed;

	private final Counter retried;

	private final Timer delay;

	private final Timer firstNotice;

	private final Function<List<Delivery>, Message> digests;

	Dispatcher(ChannelSender sender, MongoTemplate mongo, MailProperties settings, Clock clock, MeterRegistry meters,
			ScheduledExecutorService scheduler, Function<List<Delivery>, Message> digests) {
		this.sender = sender;
		this.digests = digests;
		this.mongo = mongo;
		this.settings = settings;
		this.clock = clock;
		this.worker = new BatchingWorker(sender.channel() + "-sender", settings.batchSize(), settings.firstRetry(),
				this::send, scheduler);
		String channel = sender.channel();
		this.sent = Counter.builder("muni311.notification.sent").tag("channel", channel).register(meters);
		this.failed = Counter.builder("muni311.notification.failed")
			.description("Messages given up: refused for good, or after every attempt")
			.tag("channel", channel)
			.register(meters);
		this.retried = Counter.builder("muni311.notification.retried")
			.description("Failed attempts that will be tried again")
			.tag("channel", channel)
			.register(meters);
		this.delay = Timer.builder("muni311.notification.delay")
			.description("From the event to the provider taking the message")
			.tag("channel", channel)
			.register(meters);
		this.firstNotice = Timer.builder("muni311.e2e.submitted.to.first.notice")
			.description("From the request's submission to the provider taking its reporter's first notice")
			.tag("channel", channel)
			.register(meters);
	}

	/** Sends {@code delivery}, just recorded, as given (it is not read back). */
	void recorded(Delivery delivery) {
		this.known.put(delivery.id(), delivery.updatedAt());
		this.handed.put(delivery.id(), delivery);
		this.worker.wake(delivery.id());
	}

	/**
	 * Sends the pending deliveries {@code ids}, which this instance's recovery pass
	 * claimed at {@code claimed}, read from the store (as they are now, not as they were
	 * handed over). They are woken together, so that a digest's deliveries, which the
	 * pass finds together, go in one batch and as one message.
	 */
	void wake(List<String> ids, Instant claimed) {
		for (String id : ids) {
			this.handed.remove(id);
			this.known.put(id, claimed);
		}
		this.worker.wake(ids);
	}

	int queued() {
		return this.worker.size();
	}

	private void send(List<Object> ids) {
		Instant now = this.clock.instant();
		List<Delivery> due = new ArrayList<>();
		List<Delivery> pending = pending(ids);
		Set<Object> still = new HashSet<>();
		pending.forEach((delivery) -> still.add(delivery.id()));
		ids.stream().filter((id) -> !still.contains(id)).forEach(this.known::remove);
		for (Delivery delivery : pending) {
			if (delivery.notBefore() != null && delivery.notBefore().isAfter(now)) {
				this.handed.put(delivery.id(), delivery);
				this.worker.wakeLater(List.of(delivery.id()), Duration.between(now, delivery.notBefore()));
			}
			else {
				due.add(delivery);
			}
		}
		if (due.isEmpty()) {
			return;
		}
		Digests.takeHeldSiblings(due, this.handed, now);
		claim(due, now);
		if (due.isEmpty()) {
			return;
		}
		Map<String, List<Delivery>> messages = Digests.group(due);
		List<Delivery> outgoing = messages.values().stream().map(this::message).toList();
		Map<String, Failure> sent = this.sender.send(outgoing);
		Map<String, Failure> failures = new HashMap<>();
		messages.forEach((id, members) -> {
			if (sent.containsKey(id)) {
				members.forEach((member) -> failures.put(member.id(), sent.get(id)));
			}
		});
		BulkOperations marks = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class);
		Instant after = this.clock.instant();
		int delivered = 0;
		// by the attempts made: one wake-up per group keeps a digest's deliveries
		// together on their retry
		Map<Integer, List<String>> retries = new HashMap<>();
		for (Delivery delivery : due) {
			Failure failure = failures.get(delivery.id());
			Update update = new Update().set("updatedAt", after);
			if (failure == null) {
				update.set("state", DeliveryState.SENT).set("lastError", null);
				delivered++;
				if (!Delivery.CONFIRMATION_KIND.equals(delivery.kind())) {
					this.delay.record(Duration.between(delivery.occurredAt(), after));
				}
				if (delivery.submittedAt() != null) {
					this.firstNotice.record(Duration.between(delivery.submittedAt(), after));
				}
			}
			else {
				update.inc("attempts", 1).set("lastError", failure.reason());
				boolean again = !failure.permanent() && delivery.attempts() + 1 < this.settings.maxAttempts();
				update.set("state", again ? DeliveryState.PENDING : DeliveryState.FAILED);
				if (again) {
					this.retried.increment();
					retries.computeIfAbsent(delivery.attempts() + 1, (attempts) -> new ArrayList<>())
						.add(delivery.id());
				}
				else {
					this.failed.increment();
				}
			}
			marks.updateOne(Query.query(Criteria.where("_id").is(delivery.id())), update);
		}
		marks.execute();
		retries.values().forEach((again) -> again.forEach((id) -> this.known.put(id, after)));
		retries.forEach((attempts, again) -> this.worker.wakeLater(again, this.settings.retryAfter(attempts)));
		this.sent.increment(delivered);
		if (!failures.isEmpty()) {
			log.warn("{}: {} of {} message(s) not sent: {}", this.sender.channel(), failures.size(), due.size(),
					failures.values().iterator().next().reason());
		}
	}

	/**
	 * Keeps in {@code due} the deliveries this instance sends now, in two store round
	 * trips whatever their number (one write by {@code _id} each was one round trip per
	 * message on the sender's single thread, its bound under load). An unordered bulk
	 * write moves each delivery's {@code updatedAt} to {@code now} and marks it with this
	 * pass's claim, on {@code {_id, updatedAt}} as this instance {@link #known knew} it;
	 * one read by {@code _id $in} then says which still pending ones carry the mark.
	 * Another instance's recovery pass that took one meanwhile (a backlog here longer
	 * than the grace) moved it on, so it is theirs: no delivery goes from two instances.
	 */
	private void claim(List<Delivery> due, Instant now) {
		String claim = UUID.randomUUID().toString();
		BulkOperations claims = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class);
		List<Object> asked = new ArrayList<>();
		for (Delivery delivery : due) {
			Instant expected = this.known.remove(delivery.id());
			if (expected != null) {
				// nothing this instance recorded, claimed or retried is asked for: the
				// recovery pass takes it if it stays pending
				claims.updateOne(Query.query(Criteria.where("_id").is(delivery.id()).and("updatedAt").is(expected)),
						new Update().set("updatedAt", now).set(CLAIM, claim));
				asked.add(delivery.id());
			}
		}
		if (asked.isEmpty()) {
			due.clear();
			return;
		}
		claims.execute();
		Query read = Query.query(Criteria.where("_id").in(asked));
		read.fields().include("state").include(CLAIM);
		Set<Object> ours = new HashSet<>();
		for (Document found : this.mongo.find(read, Document.class, Delivery.COLLECTION)) {
			if (claim.equals(found.getString(CLAIM)) && DeliveryState.PENDING.name().equals(found.getString("state"))) {
				ours.add(found.get("_id"));
			}
		}
		due.removeIf((delivery) -> !ours.contains(delivery.id()));
	}

	private Delivery message(List<Delivery> group) {
		if (group.size() == 1) {
			return group.get(0);
		}
		return group.get(0).withContent(this.digests.apply(group));
	}

	/** The deliveries of {@code ids} still pending: as handed over, else as stored. */
	private List<Delivery> pending(List<Object> ids) {
		List<Delivery> pending = new ArrayList<>();
		List<Object> unknown = new ArrayList<>();
		for (Object id : ids) {
			Delivery delivery = this.handed.remove(id);
			if (delivery != null) {
				pending.add(delivery);
			}
			else {
				unknown.add(id);
			}
		}
		if (!unknown.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("_id").in(unknown)), Delivery.class)
				.stream()
				.filter((delivery) -> delivery.state() == DeliveryState.PENDING)
				.forEach(pending::add);
		}
		return pending;
	}

	@Override
	public void close() {
		this.worker.close();
	}

}
