package org.muni311.intake.duplicate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.muni311.contracts.GeoPoint;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.intake.request.ServiceRequests;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Finds open requests of the same service near a point and recent enough to be the same
 * problem, before a channel files another. Each request with coordinates is remembered in
 * its geohash cell ({@link NearbyCell}); a search reads by {@code _id} every cell its
 * radius reaches at its latitude ({@link Geohash#covering}), measures the distance in
 * memory, and checks that each candidate is still open.
 */
@Service
public class Duplicates {

	/** The default search radius. */
	public static final double RADIUS_METRES = 50;

	/** The default window: older requests are not offered as the same problem. */
	public static final Duration WINDOW = Duration.ofDays(30);

	static final int KEEP_PER_CELL = 50;

	private final MongoTemplate mongo;

	private final ServiceRequests requests;

	private final Clock clock;

	Duplicates(MongoTemplate mongo, ServiceRequests requests, Clock clock) {
		this.mongo = mongo;
		this.requests = requests;
		this.clock = clock;
	}

	/**
	 * Remembers a request just filed. A hint for the search, written after the request:
	 * were it lost, the request would only not be offered as a duplicate.
	 */
	public void remember(String tenant, String requestId, String serviceCode, GeoPoint location, Instant at) {
		if (location == null) {
			return;
		}
		String key = NearbyCell.keyOf(tenant, serviceCode, Geohash.encode(location.lat(), location.lon()));
		Update update = new Update().push("entries")
			.slice(-KEEP_PER_CELL)
			.each(new NearbyCell.Entry(requestId, location.lat(), location.lon(), at));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(key)), update, NearbyCell.class);
	}

	/**
	 * Open requests of {@code serviceCode} within {@code radiusMetres} of {@code point},
	 * filed in the window.
	 * @throws SearchTooWideException when the radius needs more cells than one search
	 * reads, at that latitude
	 */
	public List<Candidate> near(String tenant, String serviceCode, GeoPoint point, double radiusMetres,
			Duration window) {
		Instant since = this.clock.instant().minus(window);
		Set<String> cells = Geohash.covering(point.lat(), point.lon(), radiusMetres);
		List<Object> keys = cells.stream().map((cell) -> (Object) NearbyCell.keyOf(tenant, serviceCode, cell)).toList();
		return this.mongo.find(Query.query(Criteria.where("_id").in(keys)), NearbyCell.class)
			.stream()
			.flatMap((cell) -> cell.entries().stream())
			.filter((entry) -> !entry.requestedAt().isBefore(since))
			.map((entry) -> new Near(entry.requestId(),
					Geohash.metres(point.lat(), point.lon(), entry.lat(), entry.lon())))
			.filter((near) -> near.metres() <= radiusMetres)
			.distinct()
			.map((near) -> this.requests.find(tenant, near.requestId())
				.filter((request) -> !request.currentStatus().status().isClosed())
				.map((request) -> new Candidate(request, near.metres()))
				.orElse(null))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparingDouble(Candidate::metres))
			.toList();
	}

	private record Near(String requestId, double metres) {
	}

	/**
	 * @param request the open request
	 * @param metres how far from the point asked about
	 */
	public record Candidate(ServiceRequest request, double metres) {
	}

}
