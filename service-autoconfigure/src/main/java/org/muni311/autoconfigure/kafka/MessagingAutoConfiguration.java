package org.muni311.autoconfigure.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.muni311.contracts.Topics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Declares the platform's topics and moves consumer retries and dead-lettering into the
 * listener container.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties({ TopicProperties.class, ConsumerRetryProperties.class })
public class MessagingAutoConfiguration {

	private static final int COMPACTED_PARTITIONS = 3;

	/** Room for the envelope and headers around a layer's encoded polygons. */
	private static final int RECORD_OVERHEAD = 1024 * 1024;

	/**
	 * Every topic of the contracts, so that a cluster that forbids auto-creation works
	 * and none gets 1 partition.
	 */
	@Bean
	KafkaAdmin.NewTopics muni311Topics(TopicProperties settings) {
		Stream<NewTopic> requests = Topics.ALL.stream()
			.map((name) -> TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicas()))
			.map(TopicBuilder::build);
		// every instance reads the municipality topics whole, so partitions only spread
		// the brokers' load
		Stream<NewTopic> municipalities = Topics.COMPACTED.stream()
			.map((name) -> TopicBuilder.name(name)
				.partitions(COMPACTED_PARTITIONS)
				.replicas(settings.replicas())
				.compact()
				.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
						String.valueOf(Topics.MUNICIPALITIES_LAYERS_MAX_BYTES + RECORD_OVERHEAD))
				// roll and clean segments often, so that a starting instance reads few
				// superseded versions
				.config(TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(Duration.ofHours(1).toMillis()))
				.config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1")
				.build());
		return new KafkaAdmin.NewTopics(Stream.concat(requests, municipalities).toArray(NewTopic[]::new));
	}

	@Bean
	ListenerContainerWithDlqAndRetryCustomizer retryBetweenPolls(KafkaProperties kafka, ConsumerRetryProperties retry,
			ObjectProvider<MeterRegistry> meters) {
		Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		ThreadPoolTaskScheduler resumes = new ThreadPoolTaskScheduler();
		resumes.setThreadNamePrefix("consumer-resume-");
		resumes.setDaemon(true);
		resumes.initialize();
		return new RetryBetweenPolls(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config)), retry, resumes,
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

}
