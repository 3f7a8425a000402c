package org.muni311.notification.config;

import com.mongodb.WriteConcern;
import org.bson.Document;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** MongoDB wiring: writes acknowledged by a majority, so a 2xx means durable; a health check by {@code ping}. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer majorityWrites() {
		return (settings) -> settings.writeConcern(WriteConcern.MAJORITY);
	}

	/** Replaces Boot's check, which uses {@code hello}: mongo-java-server does not serve it. */
	@Bean
	HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return () -> {
			mongo.executeCommand(new Document("ping", 1));
			return Health.up().withDetail("database", mongo.getDb().getName()).build();
		};
	}

}
