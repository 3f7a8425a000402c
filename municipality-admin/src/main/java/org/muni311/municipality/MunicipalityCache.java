package org.muni311.municipality;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The stored municipalities, each read by {@code _id} and reused for a few seconds, since
 * every Open311 call names one. The clerk's room owns the configuration, so the request
 * side beside it reads the store rather than the topic; a change made through this
 * instance is seen at once, one made through another within {@link #KEEP}.
 */
@Service
class MunicipalityCache {

	/** How long a municipality read is reused. */
	static final Duration KEEP = Duration.ofSeconds(10);

	private final MongoTemplate mongo;

	private final Cache<String, Optional<Municipality>> recent = Caffeine.newBuilder()
		.expireAfterWrite(KEEP)
		.maximumSize(10_000)
		.build();

	MunicipalityCache(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The municipality with {@code jurisdictionId}, if one is configured here. */
	Optional<Municipality> find(String jurisdictionId) {
		return this.recent.get(jurisdictionId,
				(key) -> Optional.ofNullable(this.mongo.findById(key, Municipality.class))
					.filter((municipality) -> municipality.configuration() != null));
	}

	/**
	 * Forgets what was read of {@code jurisdictionId}, after this instance changed it.
	 */
	void changed(String jurisdictionId) {
		this.recent.invalidate(jurisdictionId);
	}

}
