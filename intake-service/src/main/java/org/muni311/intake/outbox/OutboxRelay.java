package org.muni311.intake.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the pending events of one collection's documents, in the order each document lists them, and removes
 * each once Kafka acknowledged it. Woken right after each write, and by a poll in case a wake-up was lost (a
 * restart, Kafka down). Delivery is at least once: a crash between the send and the removal sends again, and the
 * consumers deduplicate on event id.
 */
public class OutboxRelay implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final String collection;

	private final int batchSize;

	private final long sendTimeoutMillis;

	private final ExecutorService worker;

	private final AtomicBoolean drainQueued = new AtomicBoolean();

	private final Counter published;

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, String collection, int batchSize,
			long sendTimeoutMillis, MeterRegistry meters) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.collection = collection;
		this.batchSize = batchSize;
		this.sendTimeoutMillis = sendTimeoutMillis;
		this.worker = Executors.newSingleThreadExecutor((task) -> new Thread(task, "outbox-" + collection));
		this.published = Counter.builder("muni311.outbox.published")
			.description("Events the outbox relay published to Kafka")
			.tag("collection", collection)
			.register(meters);
		this.mongo.indexOps(collection)
			.createIndex(new org.springframework.data.mongodb.core.index.Index(OutboxEvent.PENDING_FIELD,
					Sort.Direction.ASC));
	}

	/** Asks for a pass soon; calls while one is already queued are merged into it. */
	public void wake() {
		if (this.drainQueued.compareAndSet(false, true)) {
			this.worker.execute(this::drainQuietly);
		}
	}

	/** Publishes everything pending now. Returns the number of events published. */
	public int drain() {
		this.drainQueued.set(false);
		int total = 0;
		List<Document> batch;
		do {
			batch = pendingDocuments();
			int sent = publish(batch);
			total += sent;
			if (sent < countEvents(batch)) {
				break; // Kafka refused some: leave them for the next pass
			}
		}
		while (batch.size() == this.batchSize);
		return total;
	}

	private void drainQuietly() {
		try {
			drain();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay pass for {} failed; events stay pending: {}", this.collection, ex.toString());
		}
	}

	private List<Document> pendingDocuments() {
		Query pending = Query.query(Criteria.where(OutboxEvent.PENDING_FIELD).is(true)).limit(this.batchSize);
		pending.fields().include(OutboxEvent.EVENTS_FIELD);
		return this.mongo.find(pending, Document.class, this.collection);
	}

	private int publish(List<Document> documents) {
		List<List<Sent>> sendsPerDocument = new ArrayList<>();
		for (Document document : documents) {
			List<Sent> sends = new ArrayList<>();
			for (Document event : document.getList(OutboxEvent.EVENTS_FIELD, Document.class, List.of())) {
				sends.add(new Sent(event.getString("eventId"), this.kafka.send(record(event))));
			}
			sendsPerDocument.add(sends);
		}
		int published = 0;
		for (int i = 0; i < documents.size(); i++) {
			List<String> acknowledged = acknowledgedPrefix(sendsPerDocument.get(i));
			if (!acknowledged.isEmpty()) {
				remove(documents.get(i).get("_id"), acknowledged);
				published += acknowledged.size();
			}
		}
		this.published.increment(published);
		return published;
	}

	private ProducerRecord<String, String> record(Document event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
				event.getString("payload"));
		record.headers().add("muni311_event_type", event.getString("type").getBytes(StandardCharsets.UTF_8));
		record.headers().add("contentType", "application/json".getBytes(StandardCharsets.UTF_8));
		return record;
	}

	/** The ids of the events Kafka took, up to the first it did not: a document's events stay in order. */
	private List<String> acknowledgedPrefix(List<Sent> sends) {
		List<String> acknowledged = new ArrayList<>();
		for (Sent sent : sends) {
			if (!awaitAcknowledged(sent)) {
				break;
			}
			acknowledged.add(sent.eventId());
		}
		return acknowledged;
	}

	private boolean awaitAcknowledged(Sent sent) {
		try {
			sent.result().get(this.sendTimeoutMillis, TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			log.warn("Kafka did not take event {}: {}", sent.eventId(), ex.toString());
			return false;
		}
	}

	private void remove(Object documentId, List<String> eventIds) {
		Query owner = Query.query(Criteria.where("_id").is(documentId));
		Update pull = new Update().pull(OutboxEvent.EVENTS_FIELD,
				new Document("eventId", new Document("$in", eventIds)));
		this.mongo.updateFirst(owner, pull, this.collection);
		// clear the flag only if nothing was added meanwhile
		Query empty = Query.query(Criteria.where("_id").is(documentId).and(OutboxEvent.EVENTS_FIELD).size(0));
		this.mongo.updateFirst(empty, new Update().set(OutboxEvent.PENDING_FIELD, false), this.collection);
	}

	private static int countEvents(List<Document> documents) {
		return documents.stream()
			.mapToInt((document) -> document.getList(OutboxEvent.EVENTS_FIELD, Document.class, List.of()).size())
			.sum();
	}

	@Override
	public void close() {
		this.worker.shutdown();
		try {
			this.worker.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Sent(String eventId, CompletableFuture<SendResult<String, String>> result) {
	}

}
