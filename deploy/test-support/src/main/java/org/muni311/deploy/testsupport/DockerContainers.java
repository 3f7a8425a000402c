package org.muni311.deploy.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * The containers used where Docker runs, with pinned images. Static, so one pair serves
 * every test context of the JVM; Testcontainers' reaper removes them when the JVM ends.
 */
interface DockerContainers {

	@ServiceConnection
	KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

	@ServiceConnection
	MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0.4");

	static KafkaContainer startedKafka() {
		KAFKA.start();
		return KAFKA;
	}

	static MongoDBContainer startedMongo() {
		MONGO.start();
		return MONGO;
	}

}
