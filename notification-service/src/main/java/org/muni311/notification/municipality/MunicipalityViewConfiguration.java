package org.muni311.notification.municipality;

import org.muni311.autoconfigure.view.TopicView;
import org.muni311.autoconfigure.view.TopicViews;
import org.muni311.contracts.Topics;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Follows {@code municipalities.config} into the {@link MunicipalityDirectory}, on every
 * instance.
 */
@Configuration(proxyBeanMethods = false)
class MunicipalityViewConfiguration {

	@Bean
	MunicipalityDirectory municipalityDirectory(JsonMapper json, ObjectProvider<TopicView> views) {
		return new MunicipalityDirectory(json, () -> views.orderedStream().toList());
	}

	@Bean
	TopicView municipalityConfigView(TopicViews views, MunicipalityDirectory directory) {
		return views.of(Topics.MUNICIPALITIES_CONFIG, directory::configured);
	}

}
