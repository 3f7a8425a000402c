package org.muni311.intake.request;

import java.util.List;
import java.util.function.Consumer;

import org.muni311.autoconfigure.kafka.EventBatches;
import org.muni311.contracts.ServiceRequestStatusChanged;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code requests.status-changed} to {@link StatusUpdates} (binding
 * {@code applyStatusChange-in-0}, in batch mode: a poll's events are applied together).
 */
@Configuration(proxyBeanMethods = false)
class StatusChangeHandler {

	@Bean
	Consumer<List<byte[]>> applyStatusChange(StatusUpdates updates, EventBatches batches) {
		return batches.consumer(ServiceRequestStatusChanged.class, updates::apply);
	}

}
