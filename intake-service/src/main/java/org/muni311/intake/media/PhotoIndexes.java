package org.muni311.intake.media;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Declares the index of {@link Photos#purgeOrphans}: its equality, then its range (photos
 * are otherwise read by id alone).
 */
@Component
class PhotoIndexes {

	PhotoIndexes(MongoTemplate mongo) {
		mongo.indexOps(Photo.class)
			.createIndex(new Index(Photo.ATTACHED, Sort.Direction.ASC).on(Photo.STORED_AT, Sort.Direction.ASC));
	}

}
