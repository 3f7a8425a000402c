package org.muni311.notification.delivery;

import java.time.Clock;
import java.util.function.Consumer;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.notification.subscription.Subscription;
import org.muni311.notification.subscription.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Emails the reporter about each status change. A delivery is claimed in the log before the send and marked
 * after it: a repeat of the event finds the claim and sends nothing; a failed send is marked so that the retry
 * may claim it again. A crash between send and mark leaves {@code SENDING}, which is never re-sent (at most once).
 */
@Service
public class StatusNotifier {

	private static final Logger log = LoggerFactory.getLogger(StatusNotifier.class);

	private final Subscriptions subscriptions;

	private final MongoTemplate mongo;

	private final JavaMailSender mail;

	private final Clock clock;

	StatusNotifier(Subscriptions subscriptions, MongoTemplate mongo, JavaMailSender mail) {
		this.subscriptions = subscriptions;
		this.mongo = mongo;
		this.mail = mail;
		this.clock = Clock.systemUTC();
	}

	/** Tells the reporter about {@code event}. */
	public void notify(EventEnvelope<ServiceRequestStatusChanged> event) {
		// intake publishes the subscription before the request can be routed; a miss is a race: retry
		Subscription reporter = this.subscriptions.reporterOf(event.tenant(), event.requestId())
			.orElseThrow(() -> new IllegalStateException("No subscription yet for request " + event.requestId()));
		if (reporter.email() == null) {
			return;
		}
		String id = event.eventId() + ":email:" + reporter.email();
		if (!claim(id, event, reporter.email())) {
			log.debug("Delivery {} already made or in flight", id);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("no-reply@" + event.tenant());
		message.setTo(reporter.email());
		message.setSubject(StatusMessages.subject(event, reporter.language()));
		message.setText(StatusMessages.body(event, reporter.language()));
		try {
			this.mail.send(message);
		}
		catch (MailException ex) {
			mark(id, "FAILED");
			throw ex;
		}
		mark(id, "SENT");
	}

	private boolean claim(String id, EventEnvelope<ServiceRequestStatusChanged> event, String email) {
		try {
			this.mongo.insert(new Delivery(id, event.tenant(), event.requestId(), event.eventId(), "email", email,
					"SENDING", this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			Query failed = Query.query(Criteria.where("_id").is(id).and("state").is("FAILED"));
			Update retry = new Update().set("state", "SENDING").set("at", this.clock.instant());
			return this.mongo.updateFirst(failed, retry, Delivery.class).getModifiedCount() == 1;
		}
	}

	private void mark(String id, String state) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("state", state).set("at", this.clock.instant()), Delivery.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class Handler {

		@Bean
		Consumer<EventEnvelope<ServiceRequestStatusChanged>> notifyStatusChange(StatusNotifier notifier) {
			return notifier::notify;
		}

	}

}
