package org.muni311.autoconfigure.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.muni311.autoconfigure.worker.BatchingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the pending events of one collection's documents. The writer hands over each
 * document it has just written with its events ({@link #written}); the relay sends them
 * in the order the document lists them and removes the acknowledged ones with one
 * {@code $pull} per document (one bulk write per batch). A document whose events Kafka
 * refused is read again by {@code _id} and tried again after a delay. What a crash left
 * behind is found by {@link #recover}, which one instance at a time runs under a
 * {@link RecoveryLease}.
 * <p>
 * Delivery is at least once: a crash between Kafka's acknowledgement and the removal
 * sends again, and every consumer deduplicates on event id.
 */
public class OutboxRelay implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final String CREATED_AT = OutboxDocument.FIELD + ".createdAt";

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final String collection;

	private final OutboxProperties settings;

	private final Clock clock;

	private final RecoveryLease lease;

	private final BatchingWorker worker;

	private final Counter published;

	private final Counter recovered;

	private final Timer delay;

	private final AtomicLong oldestStale = new AtomicLong();

	/** Events handed over by the writer, by document, until the worker takes them. */
	private final Map<Object, List<OutboxEvent>> handed = new ConcurrentHashMap<>();

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, String collection,
			OutboxProperties settings, Clock clock, MeterRegistry meters, ScheduledExecutorService scheduler) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.collection = collection;
		this.settings = settings;
		this.clock = clock;
		this.lease = new RecoveryLease(mongo, collection, settings.leaseDuration(), clock);
		// served by an index on MongoDB; mongo-java-server ignores it and scans, which
		// only recovery does
		mongo.indexOps(collection).createIndex(new Index(CREATED_AT, Sort.Direction.ASC));
		this.published = Counter.builder("muni311.outbox.published")
			.description("Events the outbox relay published to Kafka")
			.tag("collection", collection)
			.register(meters);
		this.recovered = Counter.builder("muni311.outbox.recovered")
			.description("Documents the recovery pass found with events older than its grace period")
			.tag("collection", collection)
			.register(meters);
		this.delay = Timer.builder("muni311.outbox.delay")
			.description("From an event's write to Kafka's acknowledgement")
			.tag("collection", collection)
			.register(meters);
		this.worker = new BatchingWorker("outbox-" + collection, settings.batchSize(), settings.retryDelay(),
				this::publish, scheduler);
		Gauge.builder("muni311.outbox.stale.age", this.oldestStale, AtomicLong::get)
			.description("Age in seconds of the oldest event the last recovery pass found (0: none)")
			.baseUnit("seconds")
			.tag("collection", collection)
			.register(meters);
		Gauge.builder("muni311.outbox.queued", this.worker, BatchingWorker::size)
			.description("Documents waiting for this instance's relay")
			.tag("collection", collection)
			.register(meters);
	}

	/**
	 * Hands over the events of the document {@code documentId}, just written with exactly
	 * {@code events}, to be published soon. The relay sends them as given, without
	 * reading the document back.
	 */
	public void written(Object documentId, List<OutboxEvent> events) {
		this.handed.put(documentId, events);
		this.worker.wake(documentId);
	}

	/**
	 * Asks for the pending events of the document {@code documentId} to be read and
	 * published soon.
	 */
	public void wake(Object documentId) {
		this.worker.wake(documentId);
	}

	/**
	 * Finds documents with events older than the grace period, if this instance holds the
	 * lease, and queues them. Returns how many it found.
	 */
	public int recover() {
		if (!this.lease.tryAcquire()) {
			return 0;
		}
		Query stale = Query
			.query(Criteria.where(OutboxDocument.FIELD)
				.elemMatch(Criteria.where("createdAt").lt(this.clock.instant().minus(this.settings.recoveryGrace()))))
			.limit(this.settings.batchSize() * 10);
		stale.fields().include("_id").include(CREATED_AT);
		List<Document> found = this.mongo.find(stale, Document.class, this.collection);
		found.forEach((document) -> wake(document.get("_id")));
		this.oldestStale.set(found.stream()
			.flatMap((document) -> document.getList(OutboxDocument.FIELD, Document.class, List.of()).stream())
			.map((event) -> event.getDate("createdAt"))
			.filter(Objects::nonNull)
			.mapToLong((at) -> Duration.between(at.toInstant(), this.clock.instant()).toSeconds())
			.max()
			.orElse(0));
		if (!found.isEmpty()) {
			log.info("Outbox recovery found {} document(s) in {} with unpublished events", found.size(),
					this.collection);
			this.recovered.increment(found.size());
		}
		return found.size();
	}

	private void publish(List<Object> ids) {
		List<Sending> sending = new ArrayList<>();
		List<Object> refused = new ArrayList<>();
		pending(ids).forEach((id, events) -> {
			if (!sending.isEmpty() && sending.get(sending.size() - 1).stoppedEarly()) {
				// Kafka would not even take a record (no metadata within max.block.ms):
				// do not block once per document
				refused.add(id);
			}
			else if (!events.isEmpty()) {
				sending.add(Sending.start(id, events, this::send));
			}
		});
		BulkOperations removals = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, this.collection);
		int removed = 0;
		long deadline = System.nanoTime() + this.settings.sendTimeout().toNanos();
		for (Sending document : sending) {
			Sending.Outcome outcome = document.await(deadline);
			if (!outcome.acknowledged().isEmpty()) {
				removals.updateOne(Query.query(Criteria.where("_id").is(document.id())), new Update()
					.pull(OutboxDocument.FIELD, new Document("eventId", new Document("$in", outcome.acknowledged()))));
				removed += outcome.acknowledged().size();
				outcome.createdAt().forEach((at) -> this.delay.record(Duration.between(at, this.clock.instant())));
			}
			if (outcome.refused()) {
				refused.add(document.id());
			}
		}
		if (removed > 0) {
			removals.execute();
			this.published.increment(removed);
		}
		this.worker.wakeLater(refused, this.settings.retryDelay());
	}

	/**
	 * The events of each document: as handed over, or else read from the store (retries,
	 * recovery).
	 */
	private Map<Object, List<OutboxEvent>> pending(List<Object> ids) {
		Map<Object, List<OutboxEvent>> pending = new LinkedHashMap<>();
		List<Object> unknown = new ArrayList<>();
		for (Object id : ids) {
			List<OutboxEvent> events = this.handed.remove(id);
			if (events != null) {
				pending.put(id, events);
			}
			else {
				unknown.add(id);
			}
		}
		if (!unknown.isEmpty()) {
			Query owners = Query.query(Criteria.where("_id").in(unknown));
			owners.fields().include(OutboxDocument.FIELD);
			for (Document document : this.mongo.find(owners, Document.class, this.collection)) {
				pending.put(document.get("_id"),
						document.getList(OutboxDocument.FIELD, Document.class, List.of())
							.stream()
							.map(OutboxRelay::event)
							.toList());
			}
		}
		return pending;
	}

	private static OutboxEvent event(Document stored) {
		Date createdAt = stored.getDate("createdAt");
		return new OutboxEvent(stored.getString("eventId"), stored.getString("topic"), stored.getString("key"),
				stored.getString("type"), stored.getString("payload"),
				(createdAt != null) ? createdAt.toInstant() : Instant.EPOCH, stored.getString("traceParent"));
	}

	private CompletableFuture<?> send(OutboxEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
		record.headers().add("muni311_event_type", event.type().getBytes(StandardCharsets.UTF_8));
		record.headers().add("contentType", "application/json".getBytes(StandardCharsets.UTF_8));
		if (event.traceParent() != null) {
			// the trace the event was written in: each consumer's span continues it
			record.headers().add("traceparent", event.traceParent().getBytes(StandardCharsets.UTF_8));
		}
		return this.kafka.send(record);
	}

	@Override
	public void close() {
		this.worker.close();
	}

}
