package org.muni311.routing.config;

import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.autoconfigure.outbox.OutboxRelays;
import org.muni311.routing.workqueue.WorkItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox relay over {@code work_items}: a work item and the status change it makes
 * are one write.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxRelay workItemOutbox(OutboxRelays relays) {
		return relays.forCollection(WorkItem.COLLECTION);
	}

}
