package org.muni311.intake.request;

import java.util.function.Consumer;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestStatusChanged;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code requests.status-changed} to {@link StatusUpdates} (binding
 * {@code applyStatusChange-in-0}).
 */
@Configuration(proxyBeanMethods = false)
class StatusChangeHandler {

	@Bean
	Consumer<EventEnvelope<ServiceRequestStatusChanged>> applyStatusChange(StatusUpdates updates) {
		return updates::apply;
	}

}
