package org.muni311.deploy.benchmark;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/**
 * Fills intake's database with closed requests before the load, as a platform that has
 * run for a while holds: the benchmark then shows what queries cost when the collection
 * is not empty.
 */
final class Preloader {

	private static final char[] ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final int BATCH = 1000;

	private Preloader() {
	}

	/**
	 * Inserts {@code count} stored requests into {@code muni311-intake.service_requests};
	 * returns the seconds taken.
	 */
	static double preload(String connectionString, int count) {
		long start = System.nanoTime();
		try (MongoClient client = MongoClients.create(connectionString)) {
			MongoCollection<Document> requests = client.getDatabase("muni311-intake").getCollection("service_requests");
			List<Document> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < count; i++) {
				batch.add(request(i));
				if (batch.size() == BATCH || i == count - 1) {
					requests.insertMany(batch, new InsertManyOptions().ordered(false));
					batch.clear();
				}
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static Document request(int i) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Instant requestedAt = Instant.now().minus(random.nextInt(1, 365 * 24), ChronoUnit.HOURS);
		String id = id(random);
		// the shape intake stores: keyed tenant:requestId, status history by sequence,
		// empty outbox
		return new Document("_id", "demo.muni311.org:" + id).append("tenant", "demo.muni311.org")
			.append("requestId", id)
			.append("serviceCode", "pothole")
			.append("serviceName", "Pothole")
			.append("description", "Preloaded pothole " + i)
			.append("location",
					new Document("lat", 43.60 + random.nextDouble() * 0.10).append("lon",
							-79.50 + random.nextDouble() * 0.20))
			.append("channel", "open311")
			.append("contact", new Document("email", "preload@example.org"))
			.append("language", "en")
			.append("requestedAt", requestedAt)
			.append("updatedAt", requestedAt.plus(3, ChronoUnit.DAYS))
			.append("statusSequence", 1L)
			.append("statuses",
					new Document("0", new Document("status", "SUBMITTED").append("at", requestedAt)).append("1",
							new Document("status", "CLOSED").append("notes", "Repaired.")
								.append("agencyResponsible", "Roads and Sidewalks")
								.append("at", requestedAt.plus(3, ChronoUnit.DAYS))))
			.append("outbox", List.of());
	}

	private static String id(ThreadLocalRandom random) {
		char[] id = new char[10];
		for (int i = 0; i < id.length; i++) {
			id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
		}
		return new String(id);
	}

}
