package org.muni311.autoconfigure.view;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/** The {@link TopicViews} factory, and a health check that is down until every view has caught up. */
@AutoConfiguration
public class ViewAutoConfiguration {

	@Bean
	TopicViews topicViews(KafkaProperties kafka, MeterRegistry meters) {
		return new TopicViews(kafka.buildConsumerProperties(), meters);
	}

	@Bean
	HealthIndicator viewsHealthIndicator(ObjectProvider<TopicView> views) {
		return () -> {
			List<String> behind = views.orderedStream().filter((view) -> !view.isCaughtUp()).map(TopicView::topic).toList();
			return behind.isEmpty() ? Health.up().build()
					: Health.outOfService().withDetail("catchingUp", behind).build();
		};
	}

}
