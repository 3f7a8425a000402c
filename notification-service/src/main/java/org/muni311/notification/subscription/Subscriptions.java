package org.muni311.notification.subscription;

import java.util.Optional;
import java.util.function.Consumer;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Records subscriptions from {@code requests.subscriptions}; a repeat overwrites with the same data. */
@Service
public class Subscriptions {

	private final MongoTemplate mongo;

	Subscriptions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Records the reporter of a request. */
	public void register(EventEnvelope<ReporterSubscribed> event) {
		this.mongo.save(new Subscription(Subscription.idOf(event.tenant(), event.requestId()), event.tenant(),
				event.requestId(), event.payload().email(), event.payload().language()));
	}

	/** The reporter's subscription, if known yet. */
	public Optional<Subscription> reporterOf(String tenant, String requestId) {
		return Optional.ofNullable(this.mongo.findById(Subscription.idOf(tenant, requestId), Subscription.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class Handler {

		@Bean
		Consumer<EventEnvelope<ReporterSubscribed>> registerReporter(Subscriptions subscriptions) {
			return subscriptions::register;
		}

	}

}
