package org.muni311.autoconfigure.view;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * One compacted topic read whole by this instance, from the beginning, then followed: no
 * consumer group, no committed offsets, every partition. Like Kafka Streams' global
 * table, but the table is whatever the {@link Handler} builds. Records are applied one at
 * a time on the view's own thread, in each partition's order. A record the handler
 * refuses is logged and counted ({@code muni311.view.refused}) and skipped: a view holds
 * configuration, and one bad version must not keep every later one out. Kafka being
 * unreachable or slow does not stop the view: it tries again with a growing pause and
 * reports why in {@link #failure()}.
 */
public final class TopicView implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TopicView.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

	private static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);

	private final String topic;

	private final Map<String, Object> consumerConfig;

	private final Handler handler;

	private final Counter refused;

	private final CountDownLatch caughtUp = new CountDownLatch(1);

	private volatile KafkaConsumer<String, String> consumer;

	private volatile Thread thread;

	private volatile boolean running;

	private volatile String failure;

	private final CountDownLatch stopped = new CountDownLatch(1);

	TopicView(String topic, Map<String, Object> consumerConfig, Handler handler, MeterRegistry meters) {
		this.topic = topic;
		this.consumerConfig = new HashMap<>(consumerConfig);
		this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
		this.consumerConfig.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		// a view must never create its topic: broker defaults would make it a deleting, 1
		// MB topic
		this.consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		this.consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		this.consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		this.consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "view-" + topic);
		this.handler = handler;
		this.refused = Counter.builder("muni311.view.refused").tag("topic", topic).register(meters);
	}

	/** The topic this view reads. */
	public String topic() {
		return this.topic;
	}

	/** Whether this view has read every record that was on the topic when it started. */
	public boolean isCaughtUp() {
		return this.caughtUp.getCount() == 0;
	}

	/** Waits up to {@code timeout} for {@link #isCaughtUp()}; returns whether it is. */
	public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
		return this.caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void start() {
		this.running = true;
		this.consumer = new KafkaConsumer<>(this.consumerConfig);
		this.thread = new Thread(this::follow, "view-" + this.topic);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.stopped.countDown();
		KafkaConsumer<String, String> reading = this.consumer;
		if (reading != null) {
			reading.wakeup();
		}
		Thread following = this.thread;
		if (following != null) {
			try {
				following.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Before the stream bindings start, so a consumer of requests finds the view already
	 * being built.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE / 2;
	}

	private void follow() {
		try (KafkaConsumer<String, String> reading = this.consumer) {
			Map<TopicPartition, Long> ends = Map.of();
			long nextPartitionCheck = 0;
			Duration backOff = POLL;
			while (this.running) {
				try {
					if (System.nanoTime() - nextPartitionCheck >= 0) {
						ends = assignNewPartitions(reading, ends);
						nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
					}
					if (reading.assignment().isEmpty()) {
						// the topic is not there yet (declared by KafkaAdmin at start):
						// look again soon
						nextPartitionCheck = System.nanoTime() + backOff.toNanos();
						pause(backOff);
						backOff = longer(backOff);
						continue;
					}
					for (ConsumerRecord<String, String> record : reading.poll(POLL)) {
						apply(record);
					}
					if (!isCaughtUp() && !ends.isEmpty() && reachedAll(reading, ends)) {
						this.handler.caughtUp();
						log.info("View of {} caught up", this.topic);
						this.caughtUp.countDown();
					}
					this.failure = null;
					backOff = POLL;
				}
				catch (WakeupException ex) {
					throw ex;
				}
				catch (KafkaException ex) {
					// a broker restarting, a leader moving, a timeout: the view goes on
					// from where it was
					this.failure = ex.toString();
					log.warn("View of {} could not read the topic, trying again in {}: {}", this.topic, backOff,
							ex.toString());
					pause(backOff);
					backOff = longer(backOff);
				}
			}
		}
		catch (WakeupException ex) {
			// stop() asked
		}
		catch (RuntimeException | Error ex) {
			this.failure = "stopped: " + ex;
			log.error("View of {} stopped following the topic", this.topic, ex);
			throw ex;
		}
	}

	/** Why the view is not reading, or {@code null} while it reads. */
	public String failure() {
		return this.failure;
	}

	private static Duration longer(Duration backOff) {
		return (backOff.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0) ? MAX_BACK_OFF : backOff.multipliedBy(2);
	}

	private void pause(Duration duration) {
		try {
			this.stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	/**
	 * Assigns any partition not yet read, from its beginning; returns where the topic
	 * ended at first sight.
	 */
	private Map<TopicPartition, Long> assignNewPartitions(KafkaConsumer<String, String> reading,
			Map<TopicPartition, Long> ends) {
		List<PartitionInfo> infos = reading.partitionsFor(this.topic, Duration.ofSeconds(5));
		Set<TopicPartition> all = (infos != null) ? infos.stream()
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.collect(Collectors.toSet()) : Set.of();
		if (all.isEmpty()) {
			return ends;
		}
		if (!all.equals(reading.assignment())) {
			Set<TopicPartition> added = all.stream()
				.filter((partition) -> !reading.assignment().contains(partition))
				.collect(Collectors.toSet());
			reading.assign(all);
			reading.seekToBeginning(added);
		}
		// asked again until answered: were it asked only on assigning, one timeout would
		// leave the view never
		// caught up (and routing and notification waiting on it for ever)
		return ends.isEmpty() ? Map.copyOf(reading.endOffsets(all, Duration.ofSeconds(10))) : ends;
	}

	private boolean reachedAll(KafkaConsumer<String, String> reading, Map<TopicPartition, Long> ends) {
		return ends.entrySet()
			.stream()
			.allMatch((end) -> reading.position(end.getKey(), Duration.ofSeconds(5)) >= end.getValue());
	}

	private void apply(ConsumerRecord<String, String> record) {
		try {
			this.handler.apply(record.key(), record.value());
		}
		catch (RuntimeException ex) {
			this.refused.increment();
			log.error("View of {} skipped the record at {}-{} (key {}): {}", this.topic, record.partition(),
					record.offset(), record.key(), ex.getMessage(), ex);
		}
	}

	/** Builds the view from the topic's records. */
	@FunctionalInterface
	public interface Handler {

		/**
		 * Applies one record; {@code value} is {@code null} for a deletion (a tombstone).
		 */
		void apply(String key, String value);

		/**
		 * Called once, on the view's thread, when it has read what the topic held at
		 * start, before {@link TopicView#isCaughtUp()} turns true: a handler that kept
		 * only the latest record of each key while catching up can build from them now.
		 */
		default void caughtUp() {
		}

	}

}
