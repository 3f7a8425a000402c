package org.muni311.intake.duplicate;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The recent requests of one service in one geohash cell of one municipality: what the
 * duplicate search reads by {@code _id} instead of a geo query.
 *
 * @param key {@code tenant:serviceCode:geohash}
 * @param entries the most recent requests in the cell, at most
 * {@link Duplicates#KEEP_PER_CELL}
 */
@Document(NearbyCell.COLLECTION)
record NearbyCell(@Id String key, List<Entry> entries) {

	static final String COLLECTION = "nearby_requests";

	static String keyOf(String tenant, String serviceCode, String geohash) {
		return tenant + ":" + serviceCode + ":" + geohash;
	}

	/**
	 * @param requestId the request
	 * @param lat where
	 * @param lon where
	 * @param requestedAt when
	 */
	record Entry(String requestId, double lat, double lon, Instant requestedAt) {
	}

}
