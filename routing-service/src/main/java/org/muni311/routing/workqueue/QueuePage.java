package org.muni311.routing.workqueue;

import java.util.List;

/**
 * One page of a queue.
 *
 * @param items the work items, soonest due first
 * @param page this page, from 0
 * @param size the page size asked for
 * @param total how many items the whole queue holds
 */
public record QueuePage(List<WorkItem> items, int page, int size, long total) {
}
