package org.muni311.municipality;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import org.muni311.municipality.Municipality.ApiKey;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Issues and revokes a municipality's Open311 client keys. A key is 256 random bits,
 * shown once; only its SHA-256 is stored, so a copy of the database gives no one a key.
 */
@Service
public class ApiKeys {

	private final MongoTemplate mongo;

	private final MunicipalityCache municipalities;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiKeys(MongoTemplate mongo, MunicipalityCache municipalities, Clock clock) {
		this.mongo = mongo;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** Issues a new key; empty if the municipality is not configured. */
	public Optional<Issued> issue(String jurisdictionId, String label, String who) {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String key = "m311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return register(jurisdictionId, key, label, who).map((apiKey) -> new Issued(apiKey, key));
	}

	/**
	 * Registers a key chosen elsewhere (the demo municipality's public key); empty if not
	 * configured.
	 */
	public Optional<ApiKey> register(String jurisdictionId, String key, String label, String who) {
		byte[] id = new byte[6];
		this.random.nextBytes(id);
		ApiKey apiKey = new ApiKey(HexFormat.of().formatHex(id), Municipality.sha256(key), label,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), who, null);
		boolean added = this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(jurisdictionId)), new Update().push("apiKeys", apiKey),
					Municipality.class)
			.getMatchedCount() > 0;
		this.municipalities.changed(jurisdictionId);
		return added ? Optional.of(apiKey) : Optional.empty();
	}

	/** The municipality's keys, revoked ones included (hashes only). */
	public List<ApiKey> list(String jurisdictionId) {
		return Optional.ofNullable(this.mongo.findById(jurisdictionId, Municipality.class))
			.map(Municipality::apiKeys)
			.orElse(List.of());
	}

	/**
	 * Revokes key {@code keyId}; returns whether the municipality had such a key still
	 * active.
	 */
	public boolean revoke(String jurisdictionId, String keyId) {
		List<ApiKey> keys = list(jurisdictionId);
		OptionalInt position = IntStream.range(0, keys.size())
			.filter((i) -> keys.get(i).id().equals(keyId) && keys.get(i).isActive())
			.findFirst();
		if (position.isEmpty()) {
			return false;
		}
		// keys are only ever appended, never removed, so a key's position is fixed: the
		// update needs only the _id
		Update revoked = new Update().set("apiKeys." + position.getAsInt() + ".revokedAt",
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(jurisdictionId)), revoked, Municipality.class);
		this.municipalities.changed(jurisdictionId);
		return true;
	}

	/**
	 * @param apiKey what is stored
	 * @param key the key itself, shown this once
	 */
	public record Issued(ApiKey apiKey, String key) {
	}

}
