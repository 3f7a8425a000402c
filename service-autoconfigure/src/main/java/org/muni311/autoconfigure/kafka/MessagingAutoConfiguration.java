package org.muni311.autoconfigure.kafka;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Declares the platform's topics, moves consumer retries and dead-lettering into the
 * listener container, and reads the polls of the bindings in batch mode
 * ({@link EventBatches}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties({ TopicProperties.class, ConsumerRetryProperties.class })
public class MessagingAutoConfiguration {

	/**
	 * Every topic of the contracts and every dead-letter topic of the service's bindings,
	 * so that a cluster that forbids auto-creation works, none gets 1 partition, and each
	 * states its {@code min.insync.replicas}, cleanup policy and retention (corrected at
	 * start on a topic that exists with others).
	 */
	@Bean
	KafkaAdmin.NewTopics muni311Topics(TopicProperties settings, Environment environment) {
		return new KafkaAdmin.NewTopics(DeclaredTopics.of(settings, environment).toArray(NewTopic[]::new));
	}

	/**
	 * The consumers of the bindings in batch mode, reading with the service's
	 * {@link JsonMapper}.
	 */
	@Bean
	EventBatches eventBatches(ObjectProvider<JsonMapper> json) {
		return new EventBatches(json.getIfAvailable(JsonMapper::new));
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
