package org.muni311.deploy.embedded;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MongoStoreTest {

	@TempDir
	Path dataDir;

	@Test
	void persistentStoreKeepsDocumentsAcrossARestart() {
		Path file = this.dataDir.resolve("store.mv");
		try (MongoStore store = MongoStore.persistent(file, 0);
				MongoClient client = MongoClients.create(store.connectionString("test"))) {
			client.getDatabase("test").getCollection("things").insertOne(new Document("_id", "a").append("n", 1));
		}
		try (MongoStore store = MongoStore.persistent(file, 0);
				MongoClient client = MongoClients.create(store.connectionString("test"))) {
			Document found = client.getDatabase("test").getCollection("things").find().first();
			assertThat(found).isNotNull();
			assertThat(found.getInteger("n")).isEqualTo(1);
		}
	}

}
