package org.muni311.municipality.address;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.muni311.contracts.GeoPoint;
import org.muni311.municipality.layer.AddressPointsImport;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A municipality's own address points, which place a request given by its address alone
 * without an outside service. An import writes a new version of the whole set beside the
 * one in use and then switches to it in one write ({@link AddressSet}), so a request is
 * never placed against half a file; the old version is removed after. A placement is one
 * read by {@code _id} ({@code tenant:version:key}), the set's version reused for
 * {@link #KEEP} like the municipality.
 */
@Service
public class AddressPoints {

	/** How long a municipality's set version is reused. */
	static final Duration KEEP = Duration.ofSeconds(10);

	/** Counted placements, by municipality and outcome. */
	static final String PLACED = "muni311.addresses.placed";

	private static final int CHUNK = 1_000;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final MeterRegistry meters;

	private final AddressPointsImport reader = new AddressPointsImport(CivicAddress::key);

	private final Cache<String, Optional<AddressSet>> sets = Caffeine.newBuilder()
		.expireAfterWrite(KEEP)
		.maximumSize(10_000)
		.build();

	AddressPoints(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
		this.mongo = mongo;
		this.clock = clock;
		this.meters = meters;
		// the removal of a replaced version (an import, not a hot path)
		mongo.indexOps(AddressPoint.class)
			.createIndex(new Index("tenant", Sort.Direction.ASC).on("version", Sort.Direction.ASC));
	}

	/**
	 * Reads, checks and (unless {@code dryRun}) stores a municipality's address points in
	 * place of those it had.
	 * @throws AddressPointsRefusedException with the report, when the file has errors;
	 * nothing is stored
	 */
	public Imported importPoints(String tenant, InputStream geoJson, String addressProperty, String numberProperty,
			String streetProperty, boolean dryRun, String who) {
		AddressPointsImport.Result result = this.reader.read(geoJson, addressProperty, numberProperty, streetProperty);
		if (!result.acceptable()) {
			throw new AddressPointsRefusedException(result.report());
		}
		if (result.points().isEmpty()) {
			throw new AddressPointsRefusedException(result.report(), "No feature has a civic address: say which "
					+ "properties hold it (address_property, or number_property and street_property)");
		}
		if (dryRun) {
			return new Imported(null, false, result.report());
		}
		Optional<AddressSet> current = Optional.ofNullable(this.mongo.findById(tenant, AddressSet.class));
		long version = current.map(AddressSet::version).orElse(0L) + 1;
		// what an import that broke off left of this version
		this.mongo.remove(Query.query(Criteria.where("tenant").is(tenant).and("version").gte(version)),
				AddressPoint.class);
		List<AddressPoint> chunk = new ArrayList<>(CHUNK);
		for (AddressPointsImport.Point point : result.points()) {
			chunk.add(new AddressPoint(AddressPoint.idOf(tenant, version, point.key()), tenant, version,
					point.address(), point.point().lat(), point.point().lon()));
			if (chunk.size() == CHUNK) {
				insert(chunk);
			}
		}
		insert(chunk);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AddressSet set = new AddressSet(tenant, version, result.points().size(), now, who);
		switchTo(current, set);
		this.sets.invalidate(tenant);
		this.mongo.remove(Query.query(Criteria.where("tenant").is(tenant).and("version").lt(version)),
				AddressPoint.class);
		return new Imported(version, true, result.report());
	}

	private void insert(List<AddressPoint> chunk) {
		if (!chunk.isEmpty()) {
			BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AddressPoint.class);
			bulk.insert(chunk);
			bulk.execute();
			chunk.clear();
		}
	}

	private void switchTo(Optional<AddressSet> current, AddressSet set) {
		if (current.isEmpty()) {
			try {
				this.mongo.insert(set);
				return;
			}
			catch (DuplicateKeyException ex) {
				throw new AddressPointsChangedException(set.tenant());
			}
		}
		Query unchanged = Query.query(Criteria.where("_id").is(set.tenant()).and("version").is(set.version() - 1));
		if (this.mongo.replace(unchanged, set).getMatchedCount() == 0) {
			throw new AddressPointsChangedException(set.tenant());
		}
	}

	/** The municipality's address points in use, if it has any. */
	public Optional<AddressSet> current(String tenant) {
		return this.sets.get(tenant, (key) -> Optional.ofNullable(this.mongo.findById(key, AddressSet.class)));
	}

	/**
	 * Where {@code address} is, by the municipality's address points; counted by outcome.
	 */
	public Placement place(String tenant, String address) {
		Placement placement = find(tenant, address);
		Counter.builder(PLACED)
			.description("Addresses given without a location, by municipality and outcome: placed by the "
					+ "municipality's address points, not placed, or no address points to place them by")
			.tag("municipality", tenant)
			.tag("outcome", placement.outcome().name().toLowerCase(Locale.ROOT))
			.register(this.meters)
			.increment();
		return placement;
	}

	private Placement find(String tenant, String address) {
		Optional<AddressSet> set = current(tenant);
		if (set.isEmpty()) {
			return new Placement(Placement.Outcome.NO_ADDRESS_POINTS, null, null);
		}
		Optional<String> key = CivicAddress.key(address);
		if (key.isEmpty()) {
			return new Placement(Placement.Outcome.NO_CIVIC_NUMBER, null, null);
		}
		AddressPoint point = this.mongo.findById(AddressPoint.idOf(tenant, set.get().version(), key.get()),
				AddressPoint.class);
		return (point != null)
				? new Placement(Placement.Outcome.PLACED, new GeoPoint(point.lat(), point.lon()), point.address())
				: new Placement(Placement.Outcome.NOT_PLACED, null, null);
	}

	/**
	 * @param version the version stored, or {@code null} for a dry run
	 * @param applied whether it was stored
	 * @param report what the import found
	 */
	public record Imported(Long version, boolean applied, AddressPointsImport.Report report) {
	}

	/**
	 * Where an address was placed.
	 *
	 * @param outcome placed, or why not
	 * @param point where, when placed
	 * @param address the address point's own writing, when placed
	 */
	public record Placement(Outcome outcome, GeoPoint point, String address) {

		/** Placed, or why not. */
		public enum Outcome {

			/** An address point has it. */
			PLACED,

			/** A civic address, which none of the municipality's address points has. */
			NOT_PLACED,

			/**
			 * Not a civic address (no number before a street: a landmark, a corner, a
			 * road): nothing the address points could place.
			 */
			NO_CIVIC_NUMBER,

			/** The municipality has no address points: nothing can place an address. */
			NO_ADDRESS_POINTS

		}

	}

	/** A municipality's address points in use: which version, how many. */
	@Document(AddressSet.COLLECTION)
	public record AddressSet(@Id String tenant, long version, int addresses, Instant updatedAt, String updatedBy) {

		/** The collection. */
		public static final String COLLECTION = "address_sets";

	}

	/**
	 * One address point of one version of a municipality's set.
	 *
	 * @param id {@code tenant:version:key}
	 */
	@Document(AddressPoint.COLLECTION)
	record AddressPoint(@Id String id, String tenant, long version, String address, double lat, double lon) {

		/** The collection. */
		static final String COLLECTION = "address_points";

		static String idOf(String tenant, long version, String key) {
			return tenant + ":" + version + ":" + key;
		}

	}

}
