package org.muni311.municipality;

import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.autoconfigure.outbox.OutboxRelays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The clerk's room, as a service deploys it
 * ({@code @Import(MunicipalityAdministration.class)}): the admin API, its checks and
 * stores, and the outbox relays that publish municipality configurations, layers and
 * staff accounts on the compacted municipality topics. Relay beans are injected by these
 * names.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class MunicipalityAdministration {

	@Bean
	OutboxRelay municipalityOutbox(OutboxRelays relays) {
		return relays.forCollection(Municipality.COLLECTION);
	}

	@Bean
	OutboxRelay layerOutbox(OutboxRelays relays) {
		return relays.forCollection(MunicipalityLayer.COLLECTION);
	}

	@Bean
	OutboxRelay staffOutbox(OutboxRelays relays) {
		return relays.forCollection(StaffAccounts.Account.COLLECTION);
	}

}
