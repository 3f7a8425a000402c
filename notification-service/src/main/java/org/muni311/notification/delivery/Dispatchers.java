package org.muni311.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.muni311.autoconfigure.outbox.RecoveryLease;
import org.muni311.autoconfigure.worker.BatchingWorker;
import org.muni311.notification.municipality.MunicipalityDirectory;
import org.muni311.notification.template.Message;
import org.muni311.notification.template.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One {@link Dispatcher} per channel, and the recovery pass: deliveries left
 * {@code PENDING} by a stopped instance are picked up at start and every
 * {@link MailProperties#recoveryInterval()}, once older than
 * {@link MailProperties#recoveryGrace()} (a delivery held for quiet hours or a digest
 * once that long past its time: until then the instance that recorded it holds it). With
 * several instances, one at a time runs the pass (a {@link RecoveryLease}), and each
 * delivery it takes is claimed first: one atomic write by {@code _id} that moves its
 * {@code updatedAt} on, won only by the instance that still finds the value it read, so
 * no delivery is woken by two instances, and a taken one is not taken again for another
 * grace period.
 */
@Component
class Dispatchers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Dispatchers.class);

	/**
	 * The recovery pass's lease, among the outboxes' in {@link RecoveryLease#COLLECTION}.
	 */
	static final String LEASE = "deliveries-recovery";

	private final MongoTemplate mongo;

	private final MailProperties settings;

	private final Clock clock;

	private final ScheduledExecutorService scheduler = BatchingWorker.scheduler("delivery-scheduler");

	private final Map<String, Dispatcher> byChannel;

	private final RecoveryLease lease;

	Dispatchers(List<ChannelSender> senders, MongoTemplate mongo, MailProperties settings, Clock clock,
			MeterRegistry meters, Templates templates, MunicipalityDirectory municipalities) {
		this.mongo = mongo;
		this.settings = settings;
		this.clock = clock;
		// renewed by each pass of its holder; another instance takes over two intervals
		// after the holder stopped
		this.lease = new RecoveryLease(mongo, LEASE, settings.recoveryInterval().multipliedBy(2), clock);
		this.byChannel = senders.stream()
			.collect(Collectors.toUnmodifiableMap(ChannelSender::channel, (sender) -> new Dispatcher(sender, mongo,
					settings, clock, meters, this.scheduler, (group) -> digest(group, templates, municipalities))));
		this.byChannel.forEach(
				(channel, dispatcher) -> Gauge.builder("muni311.notification.queued", dispatcher, Dispatcher::queued)
					.tag("channel", channel)
					.register(meters));
		this.scheduler.scheduleWithFixedDelay(this::recoverQuietly, 0, settings.recoveryInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Whether a channel can be sent on. */
	boolean serves(String channel) {
		return this.byChannel.containsKey(channel);
	}

	/** Sends {@code delivery}, just recorded. */
	void recorded(Delivery delivery) {
		this.byChannel.get(delivery.channel()).recorded(delivery);
	}

	private static Message digest(List<Delivery> group, Templates templates, MunicipalityDirectory municipalities) {
		Delivery first = group.get(0);
		return templates.render(group.stream().map(Delivery::notice).toList(), first.language(),
				municipalities.of(first.tenant(), Duration.ofSeconds(5)), first.unsubscribeUrl());
	}

	private void recoverQuietly() {
		try {
			if (this.lease.tryAcquire()) {
				recover();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Looking for pending messages failed; trying again later: {}", ex.toString());
		}
	}

	private void recover() {
		Instant now = this.clock.instant();
		Instant stale = now.minus(this.settings.recoveryGrace());
		Query left = Query.query(Criteria.where("state").is(DeliveryState.PENDING).and("updatedAt").lt(stale))
			.limit(1000);
		left.fields().include("_id").include("channel").include("updatedAt").include("notBefore");
		Map<Dispatcher, List<String>> claimed = new LinkedHashMap<>();
		for (Document found : this.mongo.find(left, Document.class, Delivery.COLLECTION)) {
			Dispatcher dispatcher = this.byChannel.get(found.getString("channel"));
			Date notBefore = found.getDate("notBefore");
			boolean held = notBefore != null && notBefore.toInstant().isAfter(stale);
			if (dispatcher != null && !held && claim(found, now)) {
				claimed.computeIfAbsent(dispatcher, (d) -> new ArrayList<>()).add(found.getString("_id"));
			}
		}
		// woken once all are claimed: woken one by one, a digest's deliveries were split
		// among the sender's batches and went as separate messages
		claimed.forEach((dispatcher, ids) -> dispatcher.wake(ids, now));
	}

	/**
	 * Whether this instance takes {@code found}: it moves the delivery's
	 * {@code updatedAt} to {@code now} by {@code _id} (a lookup on every store) and wins
	 * when the delivery, as it was just before, was still pending as read.
	 */
	private boolean claim(Document found, Instant now) {
		Document before = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(found.get("_id"))),
				new Update().set("updatedAt", now), FindAndModifyOptions.options().returnNew(false), Document.class,
				Delivery.COLLECTION);
		return before != null && DeliveryState.PENDING.name().equals(before.getString("state"))
				&& Objects.equals(before.getDate("updatedAt"), found.getDate("updatedAt"));
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
		this.byChannel.values().forEach(Dispatcher::close);
	}

}
