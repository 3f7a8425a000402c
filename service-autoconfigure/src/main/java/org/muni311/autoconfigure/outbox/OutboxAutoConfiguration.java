package org.muni311.autoconfigure.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Gives a service {@link OutboxRelays}, from which it takes one relay per collection that
 * carries events.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.muni311.autoconfigure.mongo.StoreAutoConfiguration" })
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Bean(destroyMethod = "close")
	OutboxRelays outboxRelays(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties settings,
			Clock clock, MeterRegistry meters) {
		return new OutboxRelays(mongo, kafka, settings, clock, meters);
	}

}
