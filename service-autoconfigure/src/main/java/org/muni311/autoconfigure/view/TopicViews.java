package org.muni311.autoconfigure.view;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

/** Makes {@link TopicView}s with the application's Kafka consumer settings. */
public final class TopicViews {

	private final Map<String, Object> consumerConfig;

	private final MeterRegistry meters;

	TopicViews(Map<String, Object> consumerConfig, MeterRegistry meters) {
		this.consumerConfig = Map.copyOf(consumerConfig);
		this.meters = meters;
	}

	/**
	 * A view of {@code topic} built by {@code handler}; declare it as a bean so it starts
	 * and stops with the application.
	 */
	public TopicView of(String topic, TopicView.Handler handler) {
		return new TopicView(topic, this.consumerConfig, handler, this.meters);
	}

}
