package org.muni311.routing.workqueue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.muni311.autoconfigure.kafka.TopicProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * Shares the changes each routing instance makes to work items with every other instance,
 * so that a crew board or {@code /stream} connected to one instance hears of a change
 * made through another: each change goes, as the item before and after, to
 * {@value #TOPIC}, and each instance reads that topic with a consumer group of its own
 * (from the latest record: what happened before it started is in the store) and tells its
 * {@link QueueListeners} of the others' changes. A live view only: a change is sent off
 * the thread that made it, and while Kafka is unreachable or the queue of changes to send
 * is full, changes are dropped (a board reloads its queue from the store each time it
 * hears of one, and at every page load).
 */
@Configuration(proxyBeanMethods = false)
public class QueueChangeFeed implements SmartLifecycle {

	/** The topic of the work items' changes, read by every routing instance. */
	public static final String TOPIC = "routing.queue-changes";

	private static final Logger log = LoggerFactory.getLogger(QueueChangeFeed.class);

	private static final int PARTITIONS = 3;

	private static final int WAITING_AT_MOST = 10_000;

	private final String instance = UUID.randomUUID().toString();

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final QueueListeners listeners;

	private final KafkaMessageListenerContainer<String, String> container;

	private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<>(WAITING_AT_MOST), (task) -> {
				Thread thread = new Thread(task, "queue-change-sender");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.DiscardOldestPolicy());

	QueueChangeFeed(MongoTemplate mongo, KafkaTemplate<String, String> kafka, QueueListeners listeners,
			ConsumerFactory<?, ?> consumers) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.listeners = listeners;
		ContainerProperties properties = new ContainerProperties(TOPIC);
		properties.setGroupId("routing-service-queues-" + this.instance);
		properties.setMessageListener((MessageListener<String, String>) this::received);
		properties.setAckMode(ContainerProperties.AckMode.BATCH);
		Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		this.container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(config), properties);
		listeners.share(this::send);
	}

	/** The topic, declared at start. */
	@Bean
	static NewTopic routingQueueChanges(TopicProperties settings) {
		return topic(settings);
	}

	/**
	 * The topic as routing declares it: few partitions (every instance reads them all),
	 * kept an hour (a live view). The deployment's {@code KafkaTopic} repeats it.
	 * @param settings the platform's topic settings
	 * @return the topic
	 */
	public static NewTopic topic(TopicProperties settings) {
		return TopicBuilder.name(TOPIC)
			.partitions(PARTITIONS)
			.replicas(settings.replicas())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
			.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofHours(1).toMillis()))
			.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(settings.effectiveMinInsyncReplicas()))
			.build();
	}

	/**
	 * Whether this instance reads the other instances' changes (its partitions assigned).
	 */
	public boolean listening() {
		return this.container.isRunning() && !this.container.getAssignedPartitions().isEmpty();
	}

	private void send(WorkItem before, WorkItem after) {
		this.sender.execute(() -> {
			try {
				Document change = new Document("origin", this.instance).append("before", document(before))
					.append("after", document(after));
				this.kafka.send(TOPIC, after.id(), change.toJson());
			}
			catch (RuntimeException ex) {
				log.debug("A queue change was not shared: {}", ex.toString());
			}
		});
	}

	private void received(ConsumerRecord<String, String> record) {
		try {
			Document change = Document.parse(record.value());
			if (this.instance.equals(change.getString("origin"))) {
				return;
			}
			Document before = change.get("before", Document.class);
			WorkItem after = this.mongo.getConverter().read(WorkItem.class, change.get("after", Document.class));
			this.listeners.tell((before != null) ? this.mongo.getConverter().read(WorkItem.class, before) : null,
					after);
		}
		catch (RuntimeException ex) {
			log.debug("A queue change could not be read: {}", ex.toString());
		}
	}

	private Document document(WorkItem item) {
		if (item == null) {
			return null;
		}
		Document document = new Document();
		this.mongo.getConverter().write(item, document);
		return document;
	}

	@Override
	public void start() {
		this.container.start();
	}

	@Override
	public void stop() {
		this.container.stop();
		this.sender.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.container.isRunning();
	}

}
