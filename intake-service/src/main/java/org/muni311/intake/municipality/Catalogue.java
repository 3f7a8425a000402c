package org.muni311.intake.municipality;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Intake's view of the municipalities: their stored configuration, read by {@code _id} and reused for a few
 * seconds, since every Open311 call names one. Intake owns the configuration, so it reads the store rather than
 * the topic; a change made through this instance is seen at once, one made through another within {@link #KEEP}.
 */
@Service
public class Catalogue {

	/** How long a municipality read is reused. */
	static final Duration KEEP = Duration.ofSeconds(10);

	private final MongoTemplate mongo;

	private final Cache<String, Optional<Municipality>> recent = Caffeine.newBuilder()
		.expireAfterWrite(KEEP)
		.maximumSize(10_000)
		.build();

	Catalogue(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The municipality with {@code jurisdictionId}, if one is configured here. */
	public Optional<Municipality> municipality(String jurisdictionId) {
		return this.recent.get(jurisdictionId, (key) -> Optional
			.ofNullable(this.mongo.findById(key, Municipality.class))
			.filter((municipality) -> municipality.configuration() != null));
	}

	/** Forgets what was read of {@code jurisdictionId}, after this instance changed it. */
	void changed(String jurisdictionId) {
		this.recent.invalidate(jurisdictionId);
	}

}
