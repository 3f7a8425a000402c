package org.muni311.routing.decision;

import java.util.List;
import java.util.function.Consumer;

import org.muni311.autoconfigure.kafka.EventBatches;
import org.muni311.contracts.ServiceRequestSubmitted;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code requests.submitted} to {@link Router} (binding {@code routeRequest-in-0},
 * in batch mode: a poll's requests are routed together).
 */
@Configuration(proxyBeanMethods = false)
class RoutingHandler {

	@Bean
	Consumer<List<byte[]>> routeRequest(Router router, EventBatches batches) {
		return batches.consumer(ServiceRequestSubmitted.class, router::route);
	}

}
