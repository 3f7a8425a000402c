package org.muni311.routing.routing;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.ServiceRequestSubmitted;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Binds {@code requests.submitted} to {@link Router} and its answer to {@code requests.status-changed}. */
@Configuration(proxyBeanMethods = false)
class RoutingHandler {

	@Bean
	Function<EventEnvelope<ServiceRequestSubmitted>, Message<EventEnvelope<ServiceRequestStatusChanged>>> routeRequest(
			Router router) {
		return (submitted) -> {
			EventEnvelope<ServiceRequestStatusChanged> routed = router.route(submitted);
			return MessageBuilder.withPayload(routed)
				.setHeader(KafkaHeaders.KEY, routed.requestId().getBytes(StandardCharsets.UTF_8))
				.build();
		};
	}

}
