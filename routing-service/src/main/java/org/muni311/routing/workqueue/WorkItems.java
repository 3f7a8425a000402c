package org.muni311.routing.workqueue;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Stores work items. */
@Service
public class WorkItems {

	private final MongoTemplate mongo;

	WorkItems(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores {@code item} unless its request already has one; returns the one stored. */
	public WorkItem createOnce(WorkItem item) {
		try {
			return this.mongo.insert(item);
		}
		catch (DuplicateKeyException ex) {
			return this.mongo.findById(item.id(), WorkItem.class);
		}
	}

}
