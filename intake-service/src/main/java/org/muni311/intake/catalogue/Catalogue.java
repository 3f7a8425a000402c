package org.muni311.intake.catalogue;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Looks up municipalities and their services. */
@Service
public class Catalogue {

	/** How long a municipality read is reused: every request names one, and they change rarely. */
	static final Duration KEEP = Duration.ofSeconds(10);

	private final MongoTemplate mongo;

	private final Cache<String, Optional<Municipality>> recent = Caffeine.newBuilder()
		.expireAfterWrite(KEEP)
		.maximumSize(10_000)
		.build();

	Catalogue(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The municipality with {@code jurisdictionId}, if served here. A change saved by this instance is seen at
	 * once, one saved elsewhere within {@link #KEEP}.
	 */
	public Optional<Municipality> municipality(String jurisdictionId) {
		return this.recent.get(jurisdictionId,
				(key) -> Optional.ofNullable(this.mongo.findById(key, Municipality.class)));
	}

	void save(Municipality municipality) {
		this.mongo.save(municipality);
		this.recent.invalidate(municipality.jurisdictionId());
	}

}
