package org.muni311.intake.config;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.muni311.intake.outbox.OutboxRelay;
import org.muni311.intake.request.ServiceRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The outbox relay over {@code service_requests}, and the poll that backs up its wake-ups. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxConfiguration implements SchedulingConfigurer {

	private final IntakeProperties properties;

	private final OutboxRelay relay;

	OutboxConfiguration(IntakeProperties properties, OutboxRelay relay) {
		this.properties = properties;
		this.relay = relay;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this.relay::wake, this.properties.outbox().pollInterval());
	}

	@Configuration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		OutboxRelay serviceRequestOutbox(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
				IntakeProperties properties, MeterRegistry meters) {
			return new OutboxRelay(mongo, kafka, ServiceRequest.COLLECTION, properties.outbox().batchSize(),
					properties.outbox().sendTimeout().toMillis(), meters);
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
