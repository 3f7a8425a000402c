package org.muni311.routing.directory;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Each municipality's routing directory, read by {@code _id} and kept for a few seconds: routing consults it for
 * every request, and it changes rarely. A change saved here is seen at once by this instance and within
 * {@link #KEEP} by others.
 */
@Service
public class RoutingDirectories {

	static final Duration KEEP = Duration.ofSeconds(10);

	private final MongoTemplate mongo;

	private final Cache<String, Optional<RoutingDirectory>> recent = Caffeine.newBuilder()
		.expireAfterWrite(KEEP)
		.maximumSize(10_000)
		.build();

	RoutingDirectories(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The directory of {@code tenant}, if it has one. */
	public Optional<RoutingDirectory> of(String tenant) {
		return this.recent.get(tenant,
				(key) -> Optional.ofNullable(this.mongo.findById(key, RoutingDirectory.class)));
	}

	/** Stores {@code directory}, replacing the municipality's previous one. */
	public void save(RoutingDirectory directory) {
		this.mongo.save(directory.validated());
		this.recent.invalidate(directory.tenant());
	}

}
