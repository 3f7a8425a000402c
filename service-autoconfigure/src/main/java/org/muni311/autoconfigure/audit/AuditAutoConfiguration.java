package org.muni311.autoconfigure.audit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives a service with a store {@link StaffReads} and its purge; with
 * {@code muni311.audit.staff-reads-api=true}, also the administrators' API reading it.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.muni311.autoconfigure.mongo.StoreAutoConfiguration",
		"org.muni311.autoconfigure.security.StaffSecurityAutoConfiguration" })
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(StaffReadRetention.class)
public class AuditAutoConfiguration {

	@Bean
	StaffReads staffReads(MongoTemplate mongo, Clock clock, StaffReadRetention retention) {
		return new StaffReads(mongo, clock, retention);
	}

	@Bean(destroyMethod = "close")
	StaffReadsPurge staffReadsPurge(StaffReads reads, StaffReadRetention retention) {
		return new StaffReadsPurge(reads, retention);
	}

	/** The administrators' read of the log, where the service offers it. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("muni311.audit.staff-reads-api")
	@Import(StaffReadsController.class)
	static class StaffReadsApi {

	}

}
