package org.muni311.municipality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.muni311.contracts.municipality.MunicipalityConfiguration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Every version of every municipality's configuration, who made it and when, so that a
 * clerk sees what changed and can go back. A version is kept once it is stored
 * ({@link Configurations} writes it after the municipality's own document); should the
 * service stop in between, the next change keeps it first, and the current version is
 * always the municipality's own.
 */
@Service
class ConfigurationVersions {

	/** Versions a listing shows at most, newest first. */
	static final int LISTED = 200;

	private final MongoTemplate mongo;

	ConfigurationVersions(MongoTemplate mongo) {
		this.mongo = mongo;
		// a municipality's versions, newest first (an admin listing, not a hot path)
		mongo.indexOps(Kept.class)
			.createIndex(new Index("tenant", Sort.Direction.ASC).on("version", Sort.Direction.DESC));
	}

	/** Keeps {@code municipality}'s current configuration as its version; once only. */
	void keep(Municipality municipality) {
		keep(municipality.jurisdictionId(), municipality.version(), municipality.configuration(),
				municipality.updatedAt(), municipality.updatedBy());
	}

	/** Keeps {@code configuration} as {@code version} of {@code tenant}; once only. */
	void keep(String tenant, long version, MunicipalityConfiguration configuration, Instant updatedAt,
			String updatedBy) {
		if (configuration == null || version < 1) {
			return;
		}
		try {
			this.mongo
				.insert(new Kept(Kept.idOf(tenant, version), tenant, version, configuration, updatedAt, updatedBy));
		}
		catch (DuplicateKeyException ex) {
			// kept already
		}
	}

	/**
	 * The municipality's versions, newest first, without their configurations; the
	 * current one from {@code current} when it was not kept yet.
	 */
	List<Version> list(Municipality current) {
		Query query = Query.query(Criteria.where("tenant").is(current.jurisdictionId()))
			.with(Sort.by(Sort.Direction.DESC, "version"))
			.limit(LISTED);
		query.fields().exclude("configuration");
		List<Version> versions = new ArrayList<>();
		this.mongo.find(query, Kept.class)
			.forEach((kept) -> versions.add(new Version(kept.version(), kept.updatedAt(), kept.updatedBy())));
		if (versions.isEmpty() || versions.get(0).version() < current.version()) {
			versions.add(0, new Version(current.version(), current.updatedAt(), current.updatedBy()));
		}
		return versions;
	}

	/** The configuration of {@code version}, the current one included. */
	Optional<MunicipalityConfiguration> configuration(Municipality current, long version) {
		if (version == current.version()) {
			return Optional.ofNullable(current.configuration());
		}
		return Optional.ofNullable(this.mongo.findById(Kept.idOf(current.jurisdictionId(), version), Kept.class))
			.map(Kept::configuration);
	}

	/**
	 * One version as listed.
	 *
	 * @param version its number
	 * @param updatedAt when it was stored
	 * @param updatedBy who stored it
	 */
	record Version(long version, Instant updatedAt, String updatedBy) {
	}

	/** A kept version, {@code _id} {@code tenant:version}. */
	@Document(Kept.COLLECTION)
	record Kept(@Id String id, String tenant, long version, MunicipalityConfiguration configuration, Instant updatedAt,
			String updatedBy) {

		static final String COLLECTION = "configuration_versions";

		static String idOf(String tenant, long version) {
			return tenant + ":" + version;
		}

	}

}
