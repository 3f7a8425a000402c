package org.muni311.municipality;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Changes a municipality's configuration: checks it whole, then stores it with its next
 * version and its {@link MunicipalityConfigured} event in one document write, and keeps
 * the version ({@link ConfigurationVersions}). Nothing is stored when a check fails, and
 * a change that raced another is refused rather than merged.
 */
@Service
public class Configurations {

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	private final MunicipalityCache municipalities;

	private final JsonMapper json;

	private final Clock clock;

	private final ConfigurationVersions versions;

	Configurations(MongoTemplate mongo, OutboxRelay municipalityOutbox, MunicipalityCache municipalities,
			JsonMapper json, Clock clock, ConfigurationVersions versions) {
		this.versions = versions;
		this.mongo = mongo;
		this.relay = municipalityOutbox;
		this.municipalities = municipalities;
		this.json = json;
		this.clock = clock;
	}

	/** The stored municipality: one is stored when it is first configured. */
	public Optional<Municipality> find(String jurisdictionId) {
		return Optional.ofNullable(this.mongo.findById(jurisdictionId, Municipality.class));
	}

	/**
	 * Every municipality, without catalogues or keys: an admin listing of a small
	 * collection, not a hot path.
	 */
	public List<Municipality> list() {
		Query all = new Query().with(Sort.by("_id"));
		all.fields().include("version", "updatedAt", "configuration.name");
		return this.mongo.find(all, Municipality.class);
	}

	/**
	 * Checks {@code configuration} against the stored layers without storing anything.
	 */
	public ConfigurationProblems check(String jurisdictionId, MunicipalityConfiguration configuration) {
		return new ConfigurationCheck((layer) -> layer(jurisdictionId, layer)).check(jurisdictionId, configuration);
	}

	/**
	 * Stores {@code configuration} as the municipality's next version, if it passes every
	 * check.
	 * @return the stored version and the warnings
	 * @throws ConfigurationRefusedException listing every problem; nothing is stored
	 * @throws ConcurrentChangeException if another change was stored meanwhile
	 */
	public Applied configure(String jurisdictionId, MunicipalityConfiguration configuration, String who) {
		ConfigurationProblems problems = check(jurisdictionId, configuration);
		if (!problems.acceptable()) {
			throw new ConfigurationRefusedException(jurisdictionId, problems);
		}
		MunicipalityConfiguration stored = withId(jurisdictionId, configuration);
		Optional<Municipality> current = find(jurisdictionId);
		long version = current.map(Municipality::version).orElse(0L) + 1;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		EventEnvelope<MunicipalityConfigured> event = EventEnvelope.create(MunicipalityConfigured.TYPE,
				MunicipalityConfigured.VERSION, jurisdictionId, null, now, null,
				new MunicipalityConfigured(version, stored));
		OutboxEvent pending = OutboxEvent.keyed(Topics.MUNICIPALITIES_CONFIG, jurisdictionId, event,
				this.json.writeValueAsString(event), now);
		// the version being replaced is kept first, should the change that stored it
		// have stopped before keeping it
		current.ifPresent(this.versions::keep);
		if (current.isEmpty()) {
			insert(new Municipality(jurisdictionId, version, stored, List.of(), now, who, List.of(pending)));
		}
		else {
			// the version in the filter makes two racing changes one winner and one 409,
			// never a blend
			Query unchanged = Query.query(Criteria.where("_id").is(jurisdictionId).and("version").is(version - 1));
			Update next = new Update().set("version", version)
				.set("configuration", stored)
				.set("updatedAt", now)
				.set("updatedBy", who)
				// replaces any older version still pending: sent after this one it would
				// be the record compaction keeps
				.set("outbox", List.of(pending));
			if (this.mongo.updateFirst(unchanged, next, Municipality.class).getMatchedCount() == 0) {
				throw new ConcurrentChangeException(jurisdictionId);
			}
		}
		this.municipalities.changed(jurisdictionId);
		this.relay.written(jurisdictionId, List.of(pending));
		this.versions.keep(jurisdictionId, version, stored, now, who);
		return new Applied(version, problems.warnings());
	}

	private void insert(Municipality municipality) {
		try {
			this.mongo.insert(municipality);
		}
		catch (DuplicateKeyException ex) {
			throw new ConcurrentChangeException(municipality.jurisdictionId());
		}
	}

	Optional<MunicipalityLayer> layer(String jurisdictionId, String layer) {
		return Optional.ofNullable(this.mongo.findById(LayerKeys.idOf(jurisdictionId, layer), MunicipalityLayer.class));
	}

	private static MunicipalityConfiguration withId(String jurisdictionId, MunicipalityConfiguration c) {
		return new MunicipalityConfiguration(jurisdictionId, c.name(), c.timeZone(), c.languages(), c.contact(),
				c.branding(), c.groups(), c.services(), c.departments(), c.crews(), c.rules(), c.triageDepartment());
	}

	/**
	 * @param version the version now stored
	 * @param warnings what was accepted but should be looked at
	 */
	public record Applied(long version, List<String> warnings) {
	}

}
