package org.muni311.autoconfigure.warmup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.ServiceRequestSubmitted;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The warm-up at start ({@link WarmUps}), with one warm-up every service shares: the
 * events of a request's path written and read with the service's {@link JsonMapper}, as
 * the outbox and the batch consumers do.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@EnableConfigurationProperties(WarmUpProperties.class)
public class WarmUpAutoConfiguration {

	/** The time the warm-up's events carry: any will do, none is kept. */
	private static final Instant WARM_UP_TIME = Instant.parse("2026-01-01T12:00:00Z");

	@Bean
	WarmUps warmUps(ObjectProvider<WarmUp> warmUps, ObjectProvider<KafkaTemplate<?, ?>> kafka,
			WarmUpProperties settings) {
		return new WarmUps(List.copyOf(warmUps.orderedStream().toList()), kafka.getIfUnique(), settings);
	}

	@Bean
	WarmUp eventsWrittenAndRead(ObjectProvider<JsonMapper> json) {
		JsonMapper mapper = json.getIfAvailable(JsonMapper::new);
		JavaType submitted = mapper.getTypeFactory()
			.constructParametricType(EventEnvelope.class, ServiceRequestSubmitted.class);
		JavaType changed = mapper.getTypeFactory()
			.constructParametricType(EventEnvelope.class, ServiceRequestStatusChanged.class);
		JavaType subscribed = mapper.getTypeFactory()
			.constructParametricType(EventEnvelope.class, ReporterSubscribed.class);
		return () -> {
			Instant now = WARM_UP_TIME;
			String id = UUID.randomUUID().toString();
			mapper.readValue(
					mapper.writeValueAsBytes(EventEnvelope
						.create(ServiceRequestSubmitted.TYPE, ServiceRequestSubmitted.VERSION, "warm-up.example.org",
								id, now, null, new ServiceRequestSubmitted("pothole", "Pothole",
										new GeoPoint(45.42, -75.69), "1 Main Street", "A warm-up", "open311"))),
					submitted);
			mapper
				.readValue(
						mapper
							.writeValueAsBytes(
									EventEnvelope.create(ServiceRequestStatusChanged.TYPE,
											ServiceRequestStatusChanged.VERSION, "warm-up.example.org", id, now, null,
											new ServiceRequestStatusChanged(1, RequestStatus.ROUTED, "roads", "Roads",
													null, "ward-1", "Ward 1", "Routed to Roads.", "routing", now))),
						changed);
			mapper.readValue(mapper.writeValueAsBytes(
					EventEnvelope.create(ReporterSubscribed.TYPE, ReporterSubscribed.VERSION, "warm-up.example.org", id,
							now, null, ReporterSubscribed.byEmail("resident@example.org", "en", "open311"))),
					subscribed);
		};
	}

}
