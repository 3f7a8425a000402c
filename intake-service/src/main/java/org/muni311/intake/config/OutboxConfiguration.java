package org.muni311.intake.config;

import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.autoconfigure.outbox.OutboxRelays;
import org.muni311.intake.request.ServiceRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox relay of intake's requests: new requests' events go out through it. Beans
 * are injected by these names; the municipality collections' relays come with
 * {@code MunicipalityAdministration}.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxRelay serviceRequestOutbox(OutboxRelays relays) {
		return relays.forCollection(ServiceRequest.COLLECTION);
	}

}
