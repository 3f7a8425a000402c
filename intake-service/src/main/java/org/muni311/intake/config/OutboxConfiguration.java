package org.muni311.intake.config;

import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.autoconfigure.outbox.OutboxRelays;
import org.muni311.intake.municipality.Municipality;
import org.muni311.intake.municipality.MunicipalityLayer;
import org.muni311.intake.request.ServiceRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox relays of intake's collections: new requests' events, municipality configurations and layers each
 * go out through the relay of the collection that holds them. Beans are injected by these names.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxRelay serviceRequestOutbox(OutboxRelays relays) {
		return relays.forCollection(ServiceRequest.COLLECTION);
	}

	@Bean
	OutboxRelay municipalityOutbox(OutboxRelays relays) {
		return relays.forCollection(Municipality.COLLECTION);
	}

	@Bean
	OutboxRelay layerOutbox(OutboxRelays relays) {
		return relays.forCollection(MunicipalityLayer.COLLECTION);
	}

}
