package org.muni311.municipality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.muni311.autoconfigure.outbox.OutboxDocument;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.ServiceDefinition;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A municipality served by this deployment (a tenant), keyed by its Open311
 * {@code jurisdiction_id}: its current configuration and version, its API keys, and the
 * configuration event still owed to Kafka.
 *
 * @param jurisdictionId the tenant id
 * @param version the configuration's version, 1 for the first
 * @param configuration what the municipality decided
 * @param apiKeys Open311 client keys, hashed
 * @param updatedAt when the configuration last changed
 * @param updatedBy who changed it
 * @param outbox the {@code MunicipalityConfigured} event not yet published
 */
@Document(Municipality.COLLECTION)
public record Municipality(@Id String jurisdictionId, long version, MunicipalityConfiguration configuration,
		List<ApiKey> apiKeys, Instant updatedAt, String updatedBy, List<OutboxEvent> outbox) implements OutboxDocument {

	/** The collection. */
	public static final String COLLECTION = "municipalities";

	public Municipality {
		apiKeys = (apiKeys != null) ? List.copyOf(apiKeys) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	/** Whether {@code apiKey} is one of this municipality's keys and not revoked. */
	public boolean acceptsApiKey(String apiKey) {
		if (apiKey == null || apiKey.isEmpty()) {
			return false;
		}
		byte[] given = sha256(apiKey).getBytes(StandardCharsets.US_ASCII);
		// compare in constant time so response timing does not reveal how much of a key
		// matched
		return this.apiKeys.stream()
			.filter(ApiKey::isActive)
			.anyMatch((known) -> MessageDigest.isEqual(known.sha256().getBytes(StandardCharsets.US_ASCII), given));
	}

	/** The service with {@code code}, if the catalogue has it. */
	public Optional<ServiceDefinition> service(String code) {
		return this.configuration.service(code);
	}

	/** The services of the catalogue. */
	public List<ServiceDefinition> services() {
		return this.configuration.services();
	}

	/** The language residents get when they name none. */
	public String defaultLanguage() {
		return this.configuration.defaultLanguage();
	}

	/** The time zone as a {@link ZoneId}. */
	public ZoneId zone() {
		return ZoneId.of(this.configuration.timeZone());
	}

	/** Hex SHA-256 of a key, as stored in {@link ApiKey#sha256()}. */
	public static String sha256(String apiKey) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/**
	 * An Open311 client key. The key itself is shown once, when issued, and never stored.
	 *
	 * @param id public id, to list and revoke it by
	 * @param sha256 hex SHA-256 of the key
	 * @param label what it is for, such as the app using it
	 * @param createdAt when issued
	 * @param createdBy who issued it
	 * @param revokedAt when revoked, or {@code null}
	 */
	public record ApiKey(String id, String sha256, String label, Instant createdAt, String createdBy,
			Instant revokedAt) {

		boolean isActive() {
			return this.revokedAt == null;
		}

	}

}
