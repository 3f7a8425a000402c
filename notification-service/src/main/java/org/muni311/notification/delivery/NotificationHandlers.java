package org.muni311.notification.delivery;

import java.util.function.Consumer;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.ServiceRequestEscalated;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.notification.subscription.SubscriptionProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code requests.subscriptions} (binding {@code registerReporter-in-0}),
 * {@code requests.status-changed} ({@code notifyStatusChange-in-0}) and
 * {@code requests.escalated} ({@code notifyEscalation-in-0}) to {@link StatusNotifier}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MailProperties.class, SenderProperties.class, SubscriptionProperties.class })
class NotificationHandlers {

	@Bean
	Consumer<EventEnvelope<ReporterSubscribed>> registerReporter(StatusNotifier notifier) {
		return notifier::subscribed;
	}

	@Bean
	Consumer<EventEnvelope<ServiceRequestStatusChanged>> notifyStatusChange(StatusNotifier notifier) {
		return notifier::statusChanged;
	}

	@Bean
	Consumer<EventEnvelope<ServiceRequestEscalated>> notifyEscalation(StatusNotifier notifier) {
		return notifier::escalated;
	}

}
