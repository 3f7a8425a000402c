package org.muni311.routing.area;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Each municipality's areas, read from MongoDB into an in-memory {@link AreaIndex} and kept for a while, so a
 * lookup costs no database round trip.
 */
@Service
public class Areas {

	private static final Duration KEEP = Duration.ofSeconds(60);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Map<String, Loaded> indexes = new ConcurrentHashMap<>();

	Areas(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** The ward of {@code tenant} containing the point, if any. */
	public Optional<Area> ward(String tenant, double lat, double lon) {
		return index(tenant).locate(lat, lon);
	}

	/** Replaces a municipality's areas of one layer. */
	public void replaceLayer(String tenant, String layer, List<Area> areas) {
		new AreaIndex(areas); // refuse malformed geometry before touching what is stored
		this.mongo.remove(Query.query(Criteria.where("tenant").is(tenant).and("layer").is(layer)), Area.class);
		this.mongo.insertAll(areas);
		this.indexes.remove(tenant);
	}

	private AreaIndex index(String tenant) {
		Instant now = this.clock.instant();
		return this.indexes.compute(tenant, (key, loaded) -> {
			if (loaded != null && loaded.until().isAfter(now)) {
				return loaded;
			}
			List<Area> wards = this.mongo
				.find(Query.query(Criteria.where("tenant").is(tenant).and("layer").is(Area.WARDS)), Area.class);
			return new Loaded(new AreaIndex(wards), now.plus(KEEP));
		}).index();
	}

	private record Loaded(AreaIndex index, Instant until) {
	}

}
