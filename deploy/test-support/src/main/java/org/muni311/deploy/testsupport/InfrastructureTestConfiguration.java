package org.muni311.deploy.testsupport;

import java.util.List;

import com.mongodb.ConnectionString;
import org.muni311.deploy.testsupport.indexaudit.QueryAudit;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Gives the application under test real Kafka and MongoDB through Boot's connection
 * details, so the application's own wiring is the same with containers and without:
 * {@code @ServiceConnection} containers where Docker runs, connection-details beans for
 * the in-process broker and store where it does not. Every query the application sends to
 * the store is recorded for the index audit
 * ({@link org.muni311.deploy.testsupport.indexaudit.IndexAuditExtension}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InfrastructureTestConfiguration {

	/** The database name the application under test uses. */
	public static final String DATABASE = "muni311-test";

	/**
	 * The test broker is a single node (container or in-process): topics can have one
	 * replica only.
	 */
	@Bean
	DynamicPropertyRegistrar singleBrokerReplicas() {
		return (registry) -> registry.add("muni311.kafka.replicas", () -> 1);
	}

	/**
	 * Records every filter and sort the application sends, and the indexes it declares,
	 * for the index audit (containers and in-process store alike).
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer queryAudit() {
		return (settings) -> settings.addCommandListener(QueryAudit.listener());
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(DockerRuns.class)
	@ImportTestcontainers(DockerContainers.class)
	static class Containers {

		/**
		 * The binder prefers Boot's Kafka property to connection details (see
		 * {@link Embedded}).
		 */
		@Bean
		DynamicPropertyRegistrar containerKafkaAddress() {
			return (registry) -> registry.add("spring.kafka.bootstrap-servers",
					() -> DockerContainers.startedKafka().getBootstrapServers());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(DockerAbsent.class)
	static class Embedded {

		@Bean
		KafkaConnectionDetails kafkaConnectionDetails() {
			return () -> List.of(SharedInfrastructure.kafkaBootstrapServers());
		}

		/**
		 * Boot's Kafka properties always carry a bootstrap address, which the Spring
		 * Cloud Stream binder prefers to connection details: set the property itself so
		 * binder and Boot both reach the embedded broker.
		 */
		@Bean
		DynamicPropertyRegistrar embeddedKafkaAddress() {
			return (registry) -> registry.add("spring.kafka.bootstrap-servers",
					SharedInfrastructure::kafkaBootstrapServers);
		}

		@Bean
		MongoConnectionDetails mongoConnectionDetails() {
			return () -> new ConnectionString(SharedInfrastructure.mongoConnectionString(DATABASE));
		}

	}

	static class DockerRuns implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SharedInfrastructure.dockerAvailable();
		}

	}

	static class DockerAbsent implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !SharedInfrastructure.dockerAvailable();
		}

	}

}
