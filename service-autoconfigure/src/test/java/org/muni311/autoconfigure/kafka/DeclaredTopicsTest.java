package org.muni311.autoconfigure.kafka;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.Topics;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of each declared topic, from the configuration alone.
 */
class DeclaredTopicsTest {

	private final ApplicationContextRunner settings = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void threeReplicasNeedTwoInSyncOneNeedsOne() {
		this.settings.withPropertyValues("muni311.kafka.replicas=3")
			.run((context) -> assertThat(context.getBean(TopicProperties.class).effectiveMinInsyncReplicas())
				.isEqualTo(2));
		this.settings.withPropertyValues("muni311.kafka.replicas=1")
			.run((context) -> assertThat(context.getBean(TopicProperties.class).effectiveMinInsyncReplicas())
				.isEqualTo(1));
	}

	@Test
	void refusesMoreInSyncReplicasThanReplicas() {
		this.settings.withPropertyValues("muni311.kafka.replicas=1", "muni311.kafka.min-insync-replicas=2")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("min-insync-replicas must not exceed replicas"));
	}

	@Test
	void everyTopicStatesMinInsyncReplicasCleanupAndRetention() {
		this.settings.withPropertyValues("muni311.kafka.replicas=3").run((context) -> {
			List<NewTopic> topics = DeclaredTopics.of(context.getBean(TopicProperties.class), List.of("x.dlq"));
			assertThat(topics).extracting(NewTopic::name)
				.containsExactlyInAnyOrder(Topics.REQUESTS_SUBMITTED, Topics.REQUESTS_STATUS_CHANGED,
						Topics.REQUESTS_SUBSCRIPTIONS, Topics.REQUESTS_ESCALATED, "x.dlq", Topics.MUNICIPALITIES_CONFIG,
						Topics.MUNICIPALITIES_LAYERS, Topics.MUNICIPALITIES_STAFF);
			for (NewTopic topic : topics) {
				Map<String, String> configs = topic.configs();
				assertThat(topic.replicationFactor()).isEqualTo((short) 3);
				assertThat(configs).as(topic.name())
					.containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2")
					.containsKeys(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.RETENTION_MS_CONFIG);
			}
		});
	}

	@Test
	void deadLetterTopicsComeFromTheBindingsThatEnableThem() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.cloud.stream.kafka.bindings.a-in-0.consumer.enable-dlq", "true")
			.withProperty("spring.cloud.stream.kafka.bindings.a-in-0.consumer.dlq-name", "a.dlq")
			.withProperty("spring.cloud.stream.kafka.bindings.b-in-0.consumer.dlq-name", "b.dlq")
			.withProperty("spring.cloud.stream.kafka.bindings.c-in-0.consumer.enable-dlq", "true")
			.withProperty("spring.cloud.stream.kafka.bindings.c-in-0.consumer.dlq-name", "c.dlq");
		assertThat(DeclaredTopics.deadLetterTopics(environment)).containsExactly("a.dlq", "c.dlq");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TopicProperties.class)
	static class Settings {

	}

}
