package org.muni311.routing.decision;

import java.util.function.Consumer;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestSubmitted;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code requests.submitted} to {@link Router} (binding {@code routeRequest-in-0}).
 */
@Configuration(proxyBeanMethods = false)
class RoutingHandler {

	@Bean
	Consumer<EventEnvelope<ServiceRequestSubmitted>> routeRequest(Router router) {
		return router::route;
	}

}
