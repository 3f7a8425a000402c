package org.muni311.autoconfigure.security;

import org.muni311.autoconfigure.view.TopicView;
import org.muni311.autoconfigure.view.TopicViews;
import org.muni311.autoconfigure.view.ViewAutoConfiguration;
import org.muni311.contracts.Topics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * Follows the staff accounts topic into the {@link StaffDirectory}, on every instance of
 * every service with Kafka (the views' health is down until it has caught up).
 */
@AutoConfiguration(after = { ViewAutoConfiguration.class, StaffSecurityAutoConfiguration.class })
@ConditionalOnBean({ TopicViews.class, StaffDirectory.class })
public class StaffDirectoryAutoConfiguration {

	@Bean
	TopicView staffAccountsView(TopicViews views, StaffDirectory directory) {
		return views.of(Topics.MUNICIPALITIES_STAFF, directory);
	}

}
