package org.muni311.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.notification.municipality.MunicipalityDirectory;
import org.muni311.notification.subscription.Subscription;
import org.muni311.notification.subscription.Subscriptions;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Decides who is told what: records one delivery per (event, recipient, channel) in the delivery log and leaves
 * the sending to the {@link Mailer}. Only store writes happen on the Kafka consumer's thread. A status change that
 * overtakes its subscription is parked with it and delivered when the subscription arrives.
 */
@Service
public class StatusNotifier {

	private static final TypeReference<EventEnvelope<ServiceRequestStatusChanged>> STATUS_EVENT = new TypeReference<>() {
	};

	/** How long a message waits for this instance to read the municipalities after a start. */
	private static final Duration CATCH_UP = Duration.ofSeconds(30);

	private final Subscriptions subscriptions;

	private final MongoTemplate mongo;

	private final Mailer mailer;

	private final JsonMapper json;

	private final Clock clock;

	private final MunicipalityDirectory municipalities;

	StatusNotifier(Subscriptions subscriptions, MongoTemplate mongo, Mailer mailer, JsonMapper json, Clock clock,
			MunicipalityDirectory municipalities) {
		this.municipalities = municipalities;
		this.subscriptions = subscriptions;
		this.mongo = mongo;
		this.mailer = mailer;
		this.json = json;
		this.clock = clock;
	}

	/** Tells the reporter about {@code event}, now or once the subscription arrives. */
	public void statusChanged(EventEnvelope<ServiceRequestStatusChanged> event) {
		Optional<Subscription> reporter = this.subscriptions.reporterOf(event.tenant(), event.requestId());
		if (reporter.isPresent()) {
			deliver(event, reporter.get());
			return;
		}
		String parked = this.json.writeValueAsString(event);
		Optional<Subscription> arrivedMeanwhile = this.subscriptions.parkUnlessSubscribed(event.tenant(),
				event.requestId(), parked);
		if (arrivedMeanwhile.isPresent()) {
			deliver(event, arrivedMeanwhile.get());
			this.subscriptions.unpark(arrivedMeanwhile.get(), List.of(parked));
		}
	}

	/** Records the reporter and delivers what was parked waiting for them. */
	public void reporterSubscribed(EventEnvelope<ReporterSubscribed> event) {
		Subscription subscription = this.subscriptions.register(event);
		List<String> delivered = new ArrayList<>();
		for (String parked : subscription.parkedEvents()) {
			deliver(this.json.readValue(parked, STATUS_EVENT), subscription);
			delivered.add(parked);
		}
		this.subscriptions.unpark(subscription, delivered);
	}

	private void deliver(EventEnvelope<ServiceRequestStatusChanged> event, Subscription reporter) {
		if (reporter.email() == null) {
			return;
		}
		String id = event.eventId() + ":email:" + recipientKey(reporter.email());
		Delivery delivery = new Delivery(id, event.tenant(), event.requestId(), event.eventId(), "email",
				reporter.email(), StatusMessages.subject(event, reporter.language()),
				StatusMessages.body(event, reporter.language(), this.municipalities.of(event.tenant(), CATCH_UP)), DeliveryState.PENDING, 0, null, event.occurredAt(),
				this.clock.instant());
		try {
			this.mongo.insert(delivery);
		}
		catch (DuplicateKeyException ex) {
			return; // a redelivered event: already recorded, sent or on its way
		}
		this.mailer.recorded(delivery);
	}

	/** A stable key for an address that does not show it. */
	private static String recipientKey(String address) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(address.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
