package org.muni311.intake.config;

import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.muni311.contracts.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the topics intake writes, so a cluster that forbids auto-creation still works. Partition and replica
 * counts come from settings: one replica on a laptop, three on a real cluster.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

	@Bean
	NewTopic requestsSubmittedTopic(IntakeProperties properties) {
		return topic(Topics.REQUESTS_SUBMITTED, properties.topics());
	}

	@Bean
	NewTopic requestsSubscriptionsTopic(IntakeProperties properties) {
		return topic(Topics.REQUESTS_SUBSCRIPTIONS, properties.topics());
	}

	private static NewTopic topic(String name, IntakeProperties.Topics settings) {
		Optional<Short> replicas = (settings.replicas() > 0) ? Optional.of(settings.replicas()) : Optional.empty();
		return new NewTopic(name, Optional.of(settings.partitions()), replicas);
	}

}
