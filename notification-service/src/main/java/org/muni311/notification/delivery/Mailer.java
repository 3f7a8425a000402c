package org.muni311.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.muni311.autoconfigure.worker.BatchingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends recorded deliveries off the Kafka consumer's thread: each batch goes over one SMTP connection and is marked
 * {@code SENT} after. A failed message is tried again with doubling pauses, then marked {@code FAILED}. Pending
 * deliveries a stopped sender left are picked up at start and every {@link MailProperties#recoveryInterval()}. A
 * mail server that is down or hangs delays mail; it never holds a partition (SMTP timeouts are set in
 * {@code spring.mail.properties}).
 */
@Component
class Mailer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final MongoTemplate mongo;

	private final JavaMailSender mail;

	private final MailProperties settings;

	private final Clock clock;

	private final ScheduledExecutorService scheduler = BatchingWorker.scheduler("mail-scheduler");

	private final BatchingWorker worker;

	/** Deliveries handed over as recorded, by id, until the worker takes them. */
	private final Map<Object, Delivery> handed = new ConcurrentHashMap<>();

	private final Counter sent;

	private final Counter failed;

	private final Timer delay;

	Mailer(MongoTemplate mongo, JavaMailSender mail, MailProperties settings, Clock clock, MeterRegistry meters) {
		this.mongo = mongo;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
		this.worker = new BatchingWorker("mailer", settings.batchSize(), settings.firstRetry(), this::send,
				this.scheduler);
		this.sent = Counter.builder("muni311.notification.sent").tag("channel", "email").register(meters);
		this.failed = Counter.builder("muni311.notification.failed")
			.description("Messages given up after every attempt")
			.tag("channel", "email")
			.register(meters);
		this.delay = Timer.builder("muni311.notification.delay")
			.description("From the status change to the mail server taking the message")
			.tag("channel", "email")
			.register(meters);
		Gauge.builder("muni311.notification.queued", this.worker, BatchingWorker::size).register(meters);
		this.scheduler.scheduleWithFixedDelay(this::recoverQuietly, 0, settings.recoveryInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Sends {@code delivery}, just recorded, soon, as given (it is not read back). */
	void recorded(Delivery delivery) {
		this.handed.put(delivery.id(), delivery);
		this.worker.wake(delivery.id());
	}

	private void send(List<Object> ids) {
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
		if (pending.isEmpty()) {
			return;
		}
		Map<SimpleMailMessage, Delivery> messages = new IdentityHashMap<>();
		pending.forEach((delivery) -> messages.put(message(delivery), delivery));
		Map<Object, Exception> failures = sendAll(messages.keySet().toArray(SimpleMailMessage[]::new));
		List<Delivery> delivered = new ArrayList<>();
		List<Delivery> refused = new ArrayList<>();
		messages.forEach((message, delivery) -> (failures.containsKey(message) ? refused : delivered).add(delivery));
		mark(delivered, DeliveryState.SENT, null);
		Instant now = this.clock.instant();
		delivered.forEach((delivery) -> this.delay.record(Duration.between(delivery.occurredAt(), now)));
		this.sent.increment(delivered.size());
		retryOrGiveUp(refused, failures.values().stream().findFirst().map(Exception::toString).orElse(null));
	}

	/** Sends over one connection; returns the messages that failed, with why. */
	private Map<Object, Exception> sendAll(SimpleMailMessage[] messages) {
		try {
			this.mail.send(messages);
			return Map.of();
		}
		catch (MailSendException ex) {
			if (!ex.getFailedMessages().isEmpty()) {
				return ex.getFailedMessages();
			}
			return everyOne(messages, ex);
		}
		catch (MailException ex) {
			return everyOne(messages, ex);
		}
	}

	private void retryOrGiveUp(List<Delivery> refused, String why) {
		if (refused.isEmpty()) {
			return;
		}
		List<Delivery> again = refused.stream().filter((d) -> d.attempts() + 1 < this.settings.maxAttempts()).toList();
		List<Delivery> lost = refused.stream().filter((d) -> d.attempts() + 1 >= this.settings.maxAttempts()).toList();
		mark(again, DeliveryState.PENDING, why);
		mark(lost, DeliveryState.FAILED, why);
		this.failed.increment(lost.size());
		log.warn("Mail server refused {} message(s); {} will be tried again: {}", refused.size(), again.size(), why);
		again.stream()
			.collect(Collectors.groupingBy((delivery) -> delivery.attempts() + 1))
			.forEach((attempts, group) -> this.worker.wakeLater(group.stream().map(Delivery::id).toList(),
					this.settings.retryAfter(attempts)));
	}

	private void mark(List<Delivery> deliveries, DeliveryState state, String error) {
		if (deliveries.isEmpty()) {
			return;
		}
		BulkOperations marks = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class);
		Instant now = this.clock.instant();
		for (Delivery delivery : deliveries) {
			Update update = new Update().set("state", state).set("updatedAt", now).set("lastError", error);
			if (state == DeliveryState.PENDING || state == DeliveryState.FAILED) {
				update.inc("attempts", 1);
			}
			marks.updateOne(Query.query(Criteria.where("_id").is(delivery.id())), update);
		}
		marks.execute();
	}

	private void recoverQuietly() {
		try {
			Query left = Query.query(Criteria.where("state")
				.is(DeliveryState.PENDING)
				.and("updatedAt")
				.lt(this.clock.instant().minus(this.settings.recoveryGrace()))).limit(1000);
			left.fields().include("_id");
			this.mongo.find(left, Document.class, Delivery.COLLECTION)
				.forEach((delivery) -> this.worker.wake(delivery.getString("_id")));
		}
		catch (RuntimeException ex) {
			log.warn("Looking for pending mail failed; trying again later: {}", ex.toString());
		}
	}

	private static SimpleMailMessage message(Delivery delivery) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("no-reply@" + delivery.tenant());
		message.setTo(delivery.recipient());
		message.setSubject(delivery.subject());
		message.setText(delivery.body());
		return message;
	}

	private static Map<Object, Exception> everyOne(SimpleMailMessage[] messages, Exception ex) {
		Map<Object, Exception> all = new IdentityHashMap<>();
		for (SimpleMailMessage message : messages) {
			all.put(message, ex);
		}
		return all;
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
		this.worker.close();
	}

}
