package org.muni311.deploy.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Raw inserts into the platform's store with the MongoDB driver, closed loop: the store's
 * own ceiling.
 */
final class StoreBaseline {

	private StoreBaseline() {
	}

	static LoadResult rawInserts(String connectionString, int threads, Duration duration) {
		try (MongoClient client = MongoClients.create(connectionString)) {
			MongoCollection<Document> requests = client.getDatabase("benchmark-raw").getCollection("requests");
			return LoadGenerator.closedLoop("raw store inserts", () -> requests.insertOne(document()), threads,
					duration);
		}
	}

	/** About what intake stores for one request, outbox included. */
	static Document document() {
		String id = UUID.randomUUID().toString().substring(0, 10).toUpperCase();
		return new Document("_id", id).append("tenant", "demo.muni311.org")
			.append("serviceCode", "pothole")
			.append("serviceName", "Pothole")
			.append("description", "Benchmark pothole deep enough to damage a tyre")
			.append("location", new Document("lat", 43.65).append("lon", -79.40))
			.append("channel", "open311")
			.append("contact", new Document("email", "bench@example.org"))
			.append("language", "en")
			.append("status", "SUBMITTED")
			.append("requestedAt", Instant.now())
			.append("outbox",
					List.of(new Document("eventId", UUID.randomUUID().toString()).append("payload", "x".repeat(500)),
							new Document("eventId", UUID.randomUUID().toString()).append("payload", "x".repeat(300))));
	}

}
