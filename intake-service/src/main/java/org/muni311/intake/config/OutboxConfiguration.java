package org.muni311.intake.config;

import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.autoconfigure.outbox.OutboxRelays;
import org.muni311.intake.request.ServiceRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox relay over {@code service_requests}: new requests' events go out through it. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxRelay serviceRequestOutbox(OutboxRelays relays) {
		return relays.forCollection(ServiceRequest.COLLECTION);
	}

}
