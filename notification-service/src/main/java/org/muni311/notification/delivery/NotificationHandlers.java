package org.muni311.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.muni311.autoconfigure.kafka.EventBatches;
import org.muni311.autoconfigure.tracing.CurrentTrace;
import org.muni311.autoconfigure.warmup.WarmUp;
import org.muni311.contracts.ContactErased;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.ServiceRequestEscalated;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.notification.subscription.SubscriptionProperties;
import org.muni311.notification.template.Notice;
import org.muni311.notification.template.Templates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code requests.subscriptions} (binding {@code registerReporter-in-0}, in batch
 * mode: a poll's reporters are registered together), {@code requests.status-changed}
 * ({@code notifyStatusChange-in-0}, in batch mode: a poll's changes are told together)
 * and {@code requests.escalated} ({@code notifyEscalation-in-0}) to
 * {@link StatusNotifier}, and the erasures on {@code requests.subscriptions} to
 * {@link Erasures}. That topic carries two types, in their request's order on one
 * partition: its handler reads the envelope with the payload as a tree and reads the
 * payload by the envelope's type. A type it does not know fails, and goes to the
 * dead-letter topic like any event that cannot be read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MailProperties.class, SenderProperties.class, SubscriptionProperties.class,
		RetentionProperties.class })
class NotificationHandlers {

	/** The time the warm-up's notices carry: any will do, none is kept. */
	static final Instant WARM_UP_TIME = Instant.parse("2026-01-01T12:00:00Z");

	@Bean
	Consumer<List<byte[]>> registerReporter(StatusNotifier notifier, Erasures erasures, JsonMapper json,
			EventBatches batches, CurrentTrace trace) {
		return batches.consumer(JsonNode.class, (events) -> {
			List<EventEnvelope<ReporterSubscribed>> subscribed = new ArrayList<>();
			for (EventEnvelope<JsonNode> event : events) {
				switch (event.type()) {
					case ReporterSubscribed.TYPE -> subscribed.add(typed(event, ReporterSubscribed.class, json));
					case ContactErased.TYPE -> {
						// the subscriptions before it first: an erasure applies to
						// what came before it on the request's partition
						notifier.subscribed(subscribed);
						subscribed.clear();
						trace.continued(event.traceParent(), "erase " + Topics.REQUESTS_SUBSCRIPTIONS,
								() -> erasures.erase(typed(event, ContactErased.class, json)));
					}
					default -> throw new IllegalArgumentException(
							"Not an event of requests.subscriptions: " + event.type() + " " + event.eventId());
				}
			}
			notifier.subscribed(subscribed);
		});
	}

	@Bean
	Consumer<List<byte[]>> notifyStatusChange(StatusNotifier notifier, EventBatches batches) {
		return batches.consumer(ServiceRequestStatusChanged.class, notifier::statusChanged);
	}

	@Bean
	Consumer<EventEnvelope<ServiceRequestEscalated>> notifyEscalation(StatusNotifier notifier) {
		return notifier::escalated;
	}

	/**
	 * The mail path, warmed at start: each kind of notice rendered in both languages and
	 * written as the MIME message SMTP would carry (nothing is sent).
	 */
	@Bean
	WarmUp noticesRenderedAndWritten(Templates templates, EmailSender email) {
		return () -> {
			for (String kind : Notice.KINDS) {
				for (String language : Templates.LANGUAGES) {
					Notice notice = new Notice("warm-up", "warm-up.example.org", "0000000000", WARM_UP_TIME, kind,
							"Roads", "Ward 1", "A note from the crew.", WARM_UP_TIME);
					email.writeWithoutSending(templates.render(notice, language, Optional.empty(),
							"https://warm-up.example.org/unsubscribe"));
				}
			}
		};
	}

	private static <T> EventEnvelope<T> typed(EventEnvelope<JsonNode> event, Class<T> type, JsonMapper json) {
		return new EventEnvelope<>(event.eventId(), event.type(), event.version(), event.tenant(), event.requestId(),
				event.occurredAt(), event.traceParent(), json.treeToValue(event.payload(), type));
	}

}
