package org.muni311.intake.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A municipality served by this deployment (a tenant), keyed by its Open311 {@code jurisdiction_id}.
 *
 * @param jurisdictionId the tenant id
 * @param name display name
 * @param timeZone where datetimes are shown, such as {@code America/Toronto}
 * @param defaultLanguage {@code en} or {@code fr}, for residents who name none
 * @param apiKeySha256 SHA-256 (hex) of each API key allowed to submit; keys themselves are never stored
 * @param services the catalogue
 */
@Document("municipalities")
public record Municipality(@Id String jurisdictionId, String name, String timeZone, String defaultLanguage,
		List<String> apiKeySha256, List<CatalogueService> services) {

	/** Whether {@code apiKey} is one of this municipality's keys. */
	public boolean acceptsApiKey(String apiKey) {
		if (apiKey == null || apiKey.isEmpty()) {
			return false;
		}
		byte[] given = sha256(apiKey).getBytes(StandardCharsets.US_ASCII);
		// compare in constant time so response timing does not reveal how much of a key matched
		return this.apiKeySha256.stream()
			.anyMatch((known) -> MessageDigest.isEqual(known.getBytes(StandardCharsets.US_ASCII), given));
	}

	/** The service with {@code code}, if the catalogue has it. */
	public Optional<CatalogueService> service(String code) {
		return this.services.stream().filter((service) -> service.code().equals(code)).findFirst();
	}

	/** The time zone as a {@link ZoneId}. */
	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	/** Hex SHA-256 of a key, as stored in {@link #apiKeySha256()}. */
	public static String sha256(String apiKey) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
