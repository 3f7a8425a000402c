package org.muni311.routing.crew.api;

import java.util.List;

import org.muni311.routing.workqueue.QueuePage;

/**
 * One page of a queue.
 *
 * @param items the items, soonest due first
 * @param page this page, from 0
 * @param size the page size
 * @param total items in the whole queue
 */
record QueueView(List<WorkItemView> items, int page, int size, long total) {

	static QueueView of(QueuePage page) {
		return new QueueView(page.items().stream().map(WorkItemView::of).toList(), page.page(), page.size(),
				page.total());
	}

}
