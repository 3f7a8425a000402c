package org.muni311.routing.municipality;

import org.muni311.autoconfigure.view.TopicView;
import org.muni311.autoconfigure.view.TopicViews;
import org.muni311.contracts.Topics;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Follows the municipality topics into {@link RoutingMaps}, on every instance. */
@Configuration(proxyBeanMethods = false)
class MunicipalityViewConfiguration {

	@Bean
	RoutingMaps routingMaps(JsonMapper json, ObjectProvider<TopicView> views) {
		return new RoutingMaps(json, () -> views.orderedStream().toList());
	}

	@Bean
	TopicView municipalityConfigView(TopicViews views, RoutingMaps maps) {
		return views.of(Topics.MUNICIPALITIES_CONFIG, maps::configured);
	}

	@Bean
	TopicView municipalityLayerView(TopicViews views, RoutingMaps maps) {
		return views.of(Topics.MUNICIPALITIES_LAYERS, maps.layerHandler());
	}

}
