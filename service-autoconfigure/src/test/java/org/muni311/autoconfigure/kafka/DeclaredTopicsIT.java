package org.muni311.autoconfigure.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.SharedInfrastructure;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The topics a service declares, as the real broker holds them after a start: every
 * request topic and dead-letter topic with its partitions, {@code min.insync.replicas},
 * cleanup policy and retention; the municipality topics compacted for ever. A topic that
 * existed with other settings is corrected.
 */
class DeclaredTopicsIT {

	private static final String DEAD_LETTERS = "requests.submitted.topics-it.dlq";

	private static Admin admin;

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, ValidationAutoConfiguration.class,
				MessagingAutoConfiguration.class))
		.withPropertyValues("spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
				"spring.kafka.admin.modify-topic-configs=true", "muni311.kafka.replicas=1",
				"spring.cloud.stream.kafka.bindings.routeRequest-in-0.consumer.enable-dlq=true",
				"spring.cloud.stream.kafka.bindings.routeRequest-in-0.consumer.dlq-name=" + DEAD_LETTERS);

	@BeforeAll
	static void connect() throws Exception {
		admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()));
		// as a broker with defaults or an older version left it: kept a day, no
		// min.insync.replicas
		List<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().toList();
		if (!existing.contains(Topics.REQUESTS_ESCALATED)) {
			admin
				.createTopics(List.of(new NewTopic(Topics.REQUESTS_ESCALATED, 12, (short) 1)
					.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(1).toMillis())))))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
	}

	@AfterAll
	static void disconnect() {
		admin.close();
	}

	@Test
	void everyDeclaredTopicHasItsPartitionsMinInsyncReplicasCleanupAndRetentionOnTheBroker() {
		this.service.run((context) -> {
			assertThat(context).hasNotFailed();
			// a changed setting reaches every broker through the metadata log
			await().atMost(Duration.ofSeconds(20)).untilAsserted(DeclaredTopicsIT::everyTopicAsDeclared);
		});
	}

	private static void everyTopicAsDeclared() throws Exception {
		for (String topic : Topics.ALL) {
			assertThat(partitions(topic)).as(topic).isEqualTo(12);
			// the one that existed is corrected where it differs; the others state each
			// setting on the topic itself
			assertThat(config(topic, !Topics.REQUESTS_ESCALATED.equals(topic))).as(topic)
				.containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1")
				.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "delete")
				.containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(7).toMillis()));
		}
		assertThat(partitions(DEAD_LETTERS)).isEqualTo(12);
		assertThat(config(DEAD_LETTERS, true)).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1")
			.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "delete")
			.containsEntry(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(28).toMillis()));
		for (String topic : Topics.COMPACTED) {
			assertThat(partitions(topic)).as(topic).isEqualTo(3);
			assertThat(config(topic, true)).as(topic)
				.containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1")
				.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "compact")
				.containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1");
		}
	}

	private static int partitions(String topic) throws InterruptedException, ExecutionException, TimeoutException {
		TopicDescription description = admin.describeTopics(List.of(topic))
			.topicNameValues()
			.get(topic)
			.get(30, TimeUnit.SECONDS);
		return description.partitions().size();
	}

	private static Map<String, String> config(String topic, boolean onTheTopic)
			throws InterruptedException, ExecutionException, TimeoutException {
		ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
		Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
		Map<String, String> values = new HashMap<>();
		// onTheTopic: set on the topic itself, not the broker's default
		config.entries()
			.stream()
			.filter((entry) -> !onTheTopic || entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
			.forEach((entry) -> values.put(entry.name(), entry.value()));
		return values;
	}

}
