package org.muni311.deploy.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code requests.status-changed} from its end, as a client of the broker would,
 * and tells the tracker when each request's ROUTED event arrives (the record key is the
 * request id).
 */
final class RoutedListener implements AutoCloseable {

	static final String TOPIC = "requests.status-changed";

	private final KafkaConsumer<String, String> consumer;

	private final Thread thread;

	private RoutedListener(KafkaConsumer<String, String> consumer, JourneyTracker tracker) {
		this.consumer = consumer;
		this.thread = new Thread(() -> poll(tracker), "routed-listener");
	}

	/**
	 * Starts reading from the topic's current end; returns once assigned, so no later
	 * record is missed.
	 */
	static RoutedListener start(String bootstrapServers, JourneyTracker tracker) {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
		List<TopicPartition> partitions = partitions(consumer, TOPIC);
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position);
		RoutedListener listener = new RoutedListener(consumer, tracker);
		listener.thread.start();
		return listener;
	}

	/**
	 * The topic's partitions; waits for a topic that its producer has not created yet.
	 */
	static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
			if (infos != null && !infos.isEmpty()) {
				return infos.stream().map((info) -> new TopicPartition(topic, info.partition())).toList();
			}
		}
		throw new IllegalStateException("Topic " + topic + " did not appear within 60 s");
	}

	private void poll(JourneyTracker tracker) {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofSeconds(1))) {
					if (record.key() != null && record.value() != null
							&& record.value().contains("\"status\":\"ROUTED\"")) {
						tracker.routed(record.key(), System.nanoTime());
					}
				}
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close();
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.consumer.wakeup();
		this.thread.join(10_000);
	}

}
