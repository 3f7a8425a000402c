package org.muni311.routing.workqueue;

import org.muni311.autoconfigure.outbox.OutboxRelay;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Stores work items, each with the status events it owes, and hands them to the outbox relay. */
@Service
public class WorkItems {

	private final MongoTemplate mongo;

	private final OutboxRelay outbox;

	WorkItems(MongoTemplate mongo, OutboxRelay outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * Stores {@code item} and its events in one write unless its request already has one. Returns whether it was
	 * new: a repeat changes nothing, and the first one's events are already published or pending.
	 */
	public boolean createOnce(WorkItem item) {
		try {
			this.mongo.insert(item);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.outbox.written(item.id(), item.outbox());
		return true;
	}

}
