package org.muni311.notification.delivery;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes of the delivery log beyond {@code _id}, declared at start: the recovery
 * pass of {@link Dispatchers} asks for {@code state} (equality) and {@code updatedAt}
 * (range), so {@code {state, updatedAt}} in that order (equality, then range). MongoDB
 * serves it by this index; mongo-java-server ignores non-unique indexes and scans, which
 * only the recovery pass does. The senders' claim writes on {@code {_id, updatedAt}}: a
 * unique index on exactly those keys lets mongo-java-server serve it as a lookup (the
 * {@code _id} index serves it on MongoDB). Every other query on {@code deliveries} is by
 * {@code _id} (docs/indexes.md).
 */
@Component
class DeliveryIndexes {

	DeliveryIndexes(MongoTemplate mongo) {
		mongo.indexOps(Delivery.COLLECTION)
			.createIndex(
					new Index("state", Sort.Direction.ASC).on("updatedAt", Sort.Direction.ASC).named("state_updated"));
		mongo.indexOps(Delivery.COLLECTION)
			.createIndex(new Index("_id", Sort.Direction.ASC).on("updatedAt", Sort.Direction.ASC)
				.unique()
				.named("id_updated"));
	}

}
