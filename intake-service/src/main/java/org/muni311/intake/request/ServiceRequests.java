package org.muni311.intake.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads requests, always within one municipality. */
@Service
public class ServiceRequests {

	private final MongoTemplate mongo;

	ServiceRequests(MongoTemplate mongo) {
		this.mongo = mongo;
		// GET requests (search), each filter it combines: equalities, then the sort, then
		// the open flag's $ne as the range. Indexes on MongoDB; mongo-java-server ignores
		// them and scans (a listing, not the hot path)
		mongo.indexOps(ServiceRequest.class)
			.createIndex(new Index("tenant", Sort.Direction.ASC).on("requestedAt", Sort.Direction.DESC)
				.on(StatusUpdates.CLOSED, Sort.Direction.ASC));
		mongo.indexOps(ServiceRequest.class)
			.createIndex(new Index("tenant", Sort.Direction.ASC).on("serviceCode", Sort.Direction.ASC)
				.on("requestedAt", Sort.Direction.DESC)
				.on(StatusUpdates.CLOSED, Sort.Direction.ASC));
		mongo.indexOps(ServiceRequest.class)
			.createIndex(new Index("tenant", Sort.Direction.ASC).on(StatusUpdates.CLOSED, Sort.Direction.ASC)
				.on("requestedAt", Sort.Direction.DESC));
		mongo.indexOps(ServiceRequest.class)
			.createIndex(new Index("tenant", Sort.Direction.ASC).on(StatusUpdates.CLOSED, Sort.Direction.ASC)
				.on("serviceCode", Sort.Direction.ASC)
				.on("requestedAt", Sort.Direction.DESC));
		mongo.indexOps(ServiceRequest.class)
			.createIndex(new Index("tenant", Sort.Direction.ASC).on("updatedAt", Sort.Direction.DESC));
		// a caller's history (byContact): both equalities, then its sort
		for (String contact : List.of("contact.phoneKey", "contact.emailKey")) {
			mongo.indexOps(ServiceRequest.class)
				.createIndex(new Index("tenant", Sort.Direction.ASC).on(contact, Sort.Direction.ASC)
					.on("requestedAt", Sort.Direction.DESC));
		}
	}

	/**
	 * The requests of {@code tenant} whose reporter gave {@code field} ({@code phone} or
	 * {@code email}) as {@code value}, however either was written
	 * ({@link Contact#phoneKey}, {@link Contact#emailKey}), newest first, at most 100: a
	 * caller's history for an agent. Served by an index on MongoDB (mongo-java-server
	 * scans: an agent's look-up, not the hot path). Requests stored before the keys
	 * existed are not found.
	 */
	public List<ServiceRequest> byContact(String tenant, String field, String value) {
		String key = "phone".equals(field) ? Contact.phoneKey(value) : Contact.emailKey(value);
		if (key == null) {
			return List.of();
		}
		Query query = Query.query(Criteria.where("tenant").is(tenant).and("contact." + field + "Key").is(key))
			.with(Sort.by(Sort.Direction.DESC, "requestedAt"))
			.limit(100);
		query.fields().exclude("outbox");
		return this.mongo.find(query, ServiceRequest.class);
	}

	/**
	 * The requests of {@code tenant} that changed between {@code from} and {@code to}
	 * (inclusive), for the status updates feed; at most {@code limit}, the most recently
	 * changed first.
	 */
	public List<ServiceRequest> updated(String tenant, java.time.Instant from, java.time.Instant to, int limit) {
		Query query = Query.query(Criteria.where("tenant").is(tenant).and("updatedAt").gte(from).lte(to))
			.with(Sort.by(Sort.Direction.DESC, "updatedAt"))
			.limit(limit);
		query.fields().exclude("outbox").exclude("contact");
		return this.mongo.find(query, ServiceRequest.class);
	}

	/**
	 * The request {@code id} of {@code tenant}; empty if absent or another
	 * municipality's.
	 */
	public Optional<ServiceRequest> find(String tenant, String id) {
		// the key holds the municipality: one lookup by primary key, and no other
		// municipality's request can match
		return Optional.ofNullable(this.mongo.findById(ServiceRequest.keyOf(tenant, id), ServiceRequest.class));
	}

	/**
	 * The requests of {@code tenant} that {@code search} asks for, newest first. Listed
	 * ids are looked up by primary key; otherwise one query names the municipality, the
	 * date range (the index's fields), the service codes and the status (the
	 * {@link StatusUpdates#CLOSED} flag kept beside the statuses), and asks the store for
	 * the page alone.
	 */
	public List<ServiceRequest> search(String tenant, RequestSearch search) {
		if (!search.ids().isEmpty()) {
			return search.ids()
				.stream()
				.distinct()
				.map((id) -> find(tenant, id).orElse(null))
				.filter(Objects::nonNull)
				.filter(search::matches)
				.skip(search.skip())
				.limit(search.limit())
				.toList();
		}
		Criteria criteria = Criteria.where("tenant").is(tenant);
		if (search.from() != null || search.to() != null) {
			criteria = criteria.and("requestedAt");
			if (search.from() != null) {
				criteria = criteria.gte(search.from());
			}
			if (search.to() != null) {
				criteria = criteria.lte(search.to());
			}
		}
		if (!search.serviceCodes().isEmpty()) {
			criteria = criteria.and("serviceCode").in(search.serviceCodes());
		}
		if (search.open() != null) {
			// requests never changed, and those kept before the flag, have none: open
			criteria = search.open() ? criteria.and(StatusUpdates.CLOSED).ne(true)
					: criteria.and(StatusUpdates.CLOSED).is(true);
		}
		Query query = Query.query(criteria)
			.with(Sort.by(Sort.Direction.DESC, "requestedAt"))
			.skip(search.skip())
			.limit(search.limit());
		query.fields().exclude("outbox").exclude("contact");
		return this.mongo.find(query, ServiceRequest.class);
	}

}
