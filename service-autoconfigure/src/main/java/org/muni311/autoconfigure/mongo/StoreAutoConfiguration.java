package org.muni311.autoconfigure.mongo;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;
import org.bson.Document;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes acknowledged by a majority within {@link StoreProperties#writeTimeout()}, so a
 * 2xx means durable and a lost majority means an error, not a hang; timeouts on
 * connecting, reading and server selection; a health check by {@code ping}; the clock the
 * services stamp events with.
 */
@AutoConfiguration(
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableConfigurationProperties(StoreProperties.class)
public class StoreAutoConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer boundedMajorityWrites(StoreProperties limits) {
		return (settings) -> settings
			.writeConcern(WriteConcern.MAJORITY.withWTimeout(limits.writeTimeout().toMillis(), TimeUnit.MILLISECONDS))
			.applyToSocketSettings(
					(socket) -> socket.connectTimeout((int) limits.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
						.readTimeout((int) limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS))
			.applyToClusterSettings((cluster) -> cluster
				.serverSelectionTimeout(limits.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
	}

	/**
	 * Replaces Boot's check, which uses {@code hello}: mongo-java-server does not serve
	 * it.
	 */
	@Bean
	@ConditionalOnMissingBean(name = "mongoHealthIndicator")
	HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return () -> {
			try {
				mongo.executeCommand(new Document("ping", 1));
				return Health.up().withDetail("database", mongo.getDb().getName()).build();
			}
			catch (RuntimeException unreachable) {
				// DOWN, not an error: the readiness group then answers 503, not 500
				return Health.down(unreachable).build();
			}
		};
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
