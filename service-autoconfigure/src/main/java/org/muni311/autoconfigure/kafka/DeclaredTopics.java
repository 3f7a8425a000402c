package org.muni311.autoconfigure.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.muni311.contracts.Topics;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Every topic a service declares at start, with the settings the deployment files repeat
 * (Strimzi's {@code KafkaTopic} resources): the contracts' request topics, the compacted
 * municipality topics and the dead-letter topic of each of the service's bindings.
 */
public final class DeclaredTopics {

	/** Partitions of the compacted municipality topics: read whole by every instance. */
	public static final int COMPACTED_PARTITIONS = 3;

	/** Room for the envelope and headers around a layer's encoded polygons. */
	private static final int RECORD_OVERHEAD = 1024 * 1024;

	private static final String BINDINGS = "spring.cloud.stream.kafka.bindings";

	private DeclaredTopics() {
	}

	/**
	 * The topics of {@code settings}, with the dead-letter topics {@code environment}
	 * binds.
	 */
	public static List<NewTopic> of(TopicProperties settings, Environment environment) {
		return of(settings, deadLetterTopics(environment));
	}

	/** The contracts' topics and {@code deadLetterTopics}. */
	public static List<NewTopic> of(TopicProperties settings, Iterable<String> deadLetterTopics) {
		String minInsync = String.valueOf(settings.effectiveMinInsyncReplicas());
		List<NewTopic> topics = new ArrayList<>();
		// keyed by request id: partitions fixed (the binder's auto-add-partitions is off)
		for (String name : Topics.ALL) {
			topics.add(deleted(name, settings.partitions(), settings, minInsync, settings.retention()));
		}
		for (String name : deadLetterTopics) {
			topics.add(deleted(name, settings.partitions(), settings, minInsync, settings.deadLetterRetention()));
		}
		// every instance reads the municipality topics whole, so partitions only spread
		// the brokers' load; compaction keeps the latest version of each for ever
		for (String name : Topics.COMPACTED) {
			topics.add(TopicBuilder.name(name)
				.partitions(COMPACTED_PARTITIONS)
				.replicas(settings.replicas())
				.compact()
				.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync)
				.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
				.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
						String.valueOf(Topics.MUNICIPALITIES_LAYERS_MAX_BYTES + RECORD_OVERHEAD))
				// roll and clean segments often, so that a starting instance reads few
				// superseded versions
				.config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(Duration.ofHours(1).toMillis()))
				.config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1")
				.build());
		}
		return topics;
	}

	private static NewTopic deleted(String name, int partitions, TopicProperties settings, String minInsync,
			Duration retention) {
		return TopicBuilder.name(name)
			.partitions(partitions)
			.replicas(settings.replicas())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
			.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync)
			.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention.toMillis()))
			.build();
	}

	/**
	 * The dead-letter topics named by the service's bindings
	 * ({@code spring.cloud.stream.kafka.bindings.<binding>.consumer.dlq-name} with
	 * {@code enable-dlq}), sorted.
	 */
	public static List<String> deadLetterTopics(Environment environment) {
		Map<String, Binding> bindings = Binder.get(environment)
			.bind(BINDINGS, Bindable.mapOf(String.class, Binding.class))
			.orElse(Map.of());
		TreeSet<String> names = new TreeSet<>();
		bindings.values()
			.stream()
			.map(Binding::consumer)
			.filter((consumer) -> consumer != null && consumer.enableDlq() && consumer.dlqName() != null
					&& !consumer.dlqName().isBlank())
			.forEach((consumer) -> names.add(consumer.dlqName()));
		return List.copyOf(names);
	}

	/**
	 * The part of a binding's Kafka settings read here.
	 *
	 * @param consumer its consumer settings
	 */
	record Binding(Consumer consumer) {
	}

	/**
	 * A consumer's dead-letter settings.
	 *
	 * @param enableDlq whether failed records go to a dead-letter topic
	 * @param dlqName its name
	 */
	record Consumer(boolean enableDlq, String dlqName) {
	}

}
