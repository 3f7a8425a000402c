package org.muni311.autoconfigure.view;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The {@link TopicViews} factory, and a health check that is down until every view has
 * caught up.
 */
@AutoConfiguration
public class ViewAutoConfiguration {

	@Bean
	TopicViews topicViews(ConsumerFactory<?, ?> consumers, MeterRegistry meters) {
		// the consumer factory's settings include Boot's connection details and SSL
		// bundles, not only properties
		return new TopicViews(consumers.getConfigurationProperties(), meters);
	}

	@Bean
	HealthIndicator viewsHealthIndicator(ObjectProvider<TopicView> views) {
		return () -> {
			List<TopicView> all = views.orderedStream().toList();
			List<String> behind = all.stream().filter((view) -> !view.isCaughtUp()).map(TopicView::topic).toList();
			Map<String, String> failing = all.stream()
				.filter((view) -> view.failure() != null)
				.collect(Collectors.toMap(TopicView::topic, TopicView::failure, (a, b) -> a));
			Health.Builder health = (!behind.isEmpty()) ? Health.outOfService().withDetail("catchingUp", behind)
					: (!failing.isEmpty()) ? Health.down() : Health.up();
			return failing.isEmpty() ? health.build() : health.withDetail("failing", failing).build();
		};
	}

}
