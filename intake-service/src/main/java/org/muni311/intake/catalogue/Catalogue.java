package org.muni311.intake.catalogue;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Looks up municipalities and their services. */
@Service
public class Catalogue {

	private final MongoTemplate mongo;

	Catalogue(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The municipality with {@code jurisdictionId}, if served here. */
	public Optional<Municipality> municipality(String jurisdictionId) {
		return Optional.ofNullable(this.mongo.findById(jurisdictionId, Municipality.class));
	}

	void save(Municipality municipality) {
		this.mongo.save(municipality);
	}

}
