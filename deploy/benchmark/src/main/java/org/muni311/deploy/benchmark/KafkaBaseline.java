package org.muni311.deploy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Raw Kafka on the platform's broker: one producer configured as intake's outbox relay
 * (acks=all, idempotent, linger 5 ms) sends a record the size of a submitted event at a
 * fixed rate; a consumer in this JVM times each from its intended send time. One hop,
 * where submit-to-routed takes two plus the services' work.
 */
final class KafkaBaseline {

	private static final String TOPIC = "benchmark.baseline";

	/** About a ServiceRequestSubmitted envelope as intake writes it. */
	private static final String PAYLOAD = """
			{"eventId":"5f0d6f1e-7a39-4a8e-9d0b-3c2b1a0f9e8d","type":"ServiceRequestSubmitted","version":1,\
			"tenant":"demo.muni311.org","requestId":"8K3M9QZT2A","occurredAt":"2026-11-27T03:00:00.123456Z",\
			"traceParent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01","payload":{"serviceCode":"pothole",\
			"serviceName":"Pothole","location":{"lat":43.65123,"lon":-79.40456},"addressString":null,\
			"description":"Benchmark pothole 12345 deep enough to damage a tyre","channel":"open311"}}""";

	private KafkaBaseline() {
	}

	/** Runs each rate for {@code each}, one after the other. */
	static List<KafkaBaselineResult> run(String bootstrapServers, List<Integer> rates, Duration each)
			throws InterruptedException, ExecutionException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(3), Optional.empty()))).all().get();
		}
		List<KafkaBaselineResult> results = new ArrayList<>();
		try (KafkaProducer<String, String> producer = producer(bootstrapServers);
				KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
			List<TopicPartition> partitions = RoutedListener.partitions(consumer, TOPIC);
			consumer.assign(partitions);
			consumer.seekToEnd(partitions);
			partitions.forEach(consumer::position);
			for (int rate : rates) {
				results.add(runRate(producer, consumer, rate, each));
			}
		}
		return results;
	}

	private static KafkaBaselineResult runRate(KafkaProducer<String, String> producer,
			KafkaConsumer<String, String> consumer, int rate, Duration duration) {
		Histogram latency = new SynchronizedHistogram(3_600_000_000L, 3);
		AtomicLong received = new AtomicLong();
		long count = rate * duration.toSeconds();
		long interval = 1_000_000_000L / rate;
		long start = System.nanoTime() + 20_000_000L;
		Thread sender = new Thread(() -> {
			for (long i = 0; i < count; i++) {
				long intended = start + i * interval;
				for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
					LockSupport.parkNanos(wait);
				}
				producer.send(new ProducerRecord<>(TOPIC, Long.toString(intended), PAYLOAD));
			}
		}, "kafka-baseline-sender");
		sender.start();
		long deadline = start + duration.toNanos() + Duration.ofSeconds(10).toNanos();
		while (received.get() < count && System.nanoTime() < deadline) {
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
				latency.recordValue(Latency.micros(System.nanoTime() - Long.parseLong(record.key())));
				received.incrementAndGet();
			}
		}
		return new KafkaBaselineResult(rate, count, received.get(), Latency.of(latency));
	}

	private static KafkaProducer<String, String> producer(String bootstrapServers) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
	}

	private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
	}

	/**
	 * @param rate records per second
	 * @param sent records sent
	 * @param received records consumed before the wait ended
	 * @param latency from the intended send time to consumption
	 */
	record KafkaBaselineResult(int rate, long sent, long received, Latency latency) {
	}

}
