package org.muni311.autoconfigure.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.MutableClock;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.SharedInfrastructure;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay over the real broker and store: what a crash leaves behind is
 * published, nothing stalls it.
 */
class OutboxRelayIT {

	private static final String DATABASE = "outbox-test";

	private static MongoClient client;

	private static KafkaTemplate<String, String> kafka;

	private final MongoTemplate mongo = new MongoTemplate(client, DATABASE);

	private final String collection = "docs_" + UUID.randomUUID().toString().substring(0, 8);

	private final String topic = "outbox-test-" + UUID.randomUUID();

	private final List<OutboxRelays> started = new ArrayList<>();

	@BeforeAll
	static void connect() {
		client = MongoClients.create(SharedInfrastructure.mongoConnectionString(DATABASE));
		kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
						ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
						StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
	}

	@AfterAll
	static void disconnect() {
		kafka.destroy();
		client.close();
	}

	@AfterEach
	void stopRelays() {
		this.started.forEach(OutboxRelays::close);
	}

	@Test
	void publishesInOrderWhatACrashLeftPendingOnceARestartedInstanceRecovers() {
		Instant written = Instant.now().minusSeconds(60);
		// written before a crash: stored with its events, never handed to a relay
		this.mongo.insert(pending("R1", written, "e1", "e2", "e3"), this.collection);

		relays(Duration.ofSeconds(15)).forCollection(this.collection);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outbox("R1")).isEmpty());
		assertThat(published()).extracting(ConsumerRecord::value)
			.containsExactly("payload-e1", "payload-e2", "payload-e3");
	}

	@Test
	void leavesRecentEventsToTheInstanceThatWroteThem() {
		this.mongo.insert(pending("R2", Instant.now(), "e1"), this.collection);

		OutboxRelay relay = relays(Duration.ofHours(1)).forCollection(this.collection);

		assertThat(relay.recover()).as("younger than the grace period").isZero();
		relay.wake("R2");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outbox("R2")).isEmpty());
		assertThat(published()).extracting(ConsumerRecord::key).containsExactly("R2");
	}

	@Test
	void onlyOneInstanceAtATimeHoldsTheRecoveryLease() {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
		RecoveryLease first = new RecoveryLease(this.mongo, this.collection, Duration.ofSeconds(30), clock);
		RecoveryLease second = new RecoveryLease(this.mongo, this.collection, Duration.ofSeconds(30), clock);

		assertThat(first.tryAcquire()).isTrue();
		assertThat(second.tryAcquire()).isFalse();
		assertThat(first.tryAcquire()).as("the holder renews").isTrue();

		clock.advance(Duration.ofSeconds(31));
		assertThat(second.tryAcquire()).as("an expired lease is taken over").isTrue();
		assertThat(first.tryAcquire()).isFalse();
	}

	private OutboxRelays relays(Duration grace) {
		OutboxProperties settings = new OutboxProperties(5, Duration.ofSeconds(10), Duration.ofMillis(200),
				Duration.ofMillis(200), grace, Duration.ofSeconds(30));
		OutboxRelays relays = new OutboxRelays(this.mongo, kafka, settings, Clock.systemUTC(),
				new SimpleMeterRegistry());
		this.started.add(relays);
		return relays;
	}

	private Document pending(String id, Instant createdAt, String... eventIds) {
		List<OutboxEvent> events = new ArrayList<>();
		for (String eventId : eventIds) {
			events.add(new OutboxEvent(eventId, this.topic, id, "Test", "payload-" + eventId, createdAt));
		}
		Document document = new Document("_id", id);
		this.mongo.getConverter().write(new Holder(events), document);
		document.put("_id", id);
		return document;
	}

	private List<?> outbox(String id) {
		return this.mongo.findById(id, Document.class, this.collection).getList(OutboxDocument.FIELD, Object.class);
	}

	private List<ConsumerRecord<String, String>> published() {
		return new KafkaTestClient(SharedInfrastructure.kafkaBootstrapServers()).readAll(this.topic);
	}

	private record Holder(List<OutboxEvent> outbox) implements OutboxDocument {
	}

}
