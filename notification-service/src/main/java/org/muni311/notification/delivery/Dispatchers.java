package org.muni311.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.muni311.autoconfigure.worker.BatchingWorker;
import org.muni311.notification.municipality.MunicipalityDirectory;
import org.muni311.notification.template.Message;
import org.muni311.notification.template.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One {@link Dispatcher} per channel, and the recovery pass: deliveries left
 * {@code PENDING} by a stopped instance are picked up at start and every
 * {@link MailProperties#recoveryInterval()}, once older than
 * {@link MailProperties#recoveryGrace()}.
 */
@Component
class Dispatchers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Dispatchers.class);

	private final MongoTemplate mongo;

	private final MailProperties settings;

	private final Clock clock;

	private final ScheduledExecutorService scheduler = BatchingWorker.scheduler("delivery-scheduler");

	private final Map<String, Dispatcher> byChannel;

	Dispatchers(List<ChannelSender> senders, MongoTemplate mongo, MailProperties settings, Clock clock,
			MeterRegistry meters, Templates templates, MunicipalityDirectory municipalities) {
		this.mongo = mongo;
		this.settings = settings;
		this.clock = clock;
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
			Query left = Query
				.query(Criteria.where("state")
					.is(DeliveryState.PENDING)
					.and("updatedAt")
					.lt(this.clock.instant().minus(this.settings.recoveryGrace())))
				.limit(1000);
			left.fields().include("_id").include("channel");
			Function<Document, Dispatcher> dispatcher = (d) -> this.byChannel.get(d.getString("channel"));
			this.mongo.find(left, Document.class, Delivery.COLLECTION)
				.stream()
				.filter((d) -> dispatcher.apply(d) != null)
				.forEach((d) -> dispatcher.apply(d).wake(d.getString("_id")));
		}
		catch (RuntimeException ex) {
			log.warn("Looking for pending messages failed; trying again later: {}", ex.toString());
		}
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
		this.byChannel.values().forEach(Dispatcher::close);
	}

}
