package org.muni311.autoconfigure.kafka;

import java.util.function.BiFunction;

import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Sets up every consumer's listener container: offsets committed on a timer, and retries
 * and dead-lettering taken out of the binder, whose retry template sleeps through every
 * attempt of every record of a poll and so can outlast {@code max.poll.interval.ms}. Here
 * the container's error handler seeks the failed record back and pauses its partition
 * alone for the back-off (the consumer thread goes on polling the others); when the pause
 * ends the next poll delivers the record again. A record failing because the store is
 * unreachable waits for it however long it takes (sending it to the dead-letter topic
 * would lose it for every reader); any other failure is tried
 * {@link ConsumerRetryProperties#attempts()} times, then dead-lettered.
 */
class RetryBetweenPolls implements ListenerContainerWithDlqAndRetryCustomizer {

	/** The counter of dead-lettered records. */
	static final String DEAD_LETTERED = "muni311.kafka.dead.lettered";

	private static final Logger log = LoggerFactory.getLogger(RetryBetweenPolls.class);

	private final KafkaOperations<?, ?> deadLetters;

	private final ConsumerRetryProperties retry;

	private final ListenerContainerPauseService pauses;

	private final MeterRegistry meters;

	RetryBetweenPolls(KafkaOperations<?, ?> deadLetters, ConsumerRetryProperties retry, TaskScheduler scheduler,
			MeterRegistry meters) {
		this.deadLetters = deadLetters;
		this.retry = retry;
		this.pauses = new ListenerContainerPauseService(null, scheduler);
		this.meters = meters;
	}

	@Override
	public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
			BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
		ConsumerRecordRecoverer recoverer = (dlqDestinationResolver != null)
				? counted(new DeadLetterPublishingRecoverer(this.deadLetters, dlqDestinationResolver), destinationName,
						group)
				: (record, ex) -> log.error("Giving up on {}-{}@{} ({} has no dead-letter topic): {}", record.topic(),
						record.partition(), record.offset(), group, ex.toString());
		ExponentialBackOffWithMaxRetries bounded = new ExponentialBackOffWithMaxRetries(this.retry.attempts() - 1);
		bounded.setInitialInterval(this.retry.initialInterval().toMillis());
		bounded.setMaxInterval(this.retry.maxInterval().toMillis());
		ExponentialBackOff untilTheStoreIsBack = new ExponentialBackOff(this.retry.initialInterval().toMillis(), 2.0);
		untilTheStoreIsBack.setMaxInterval(this.retry.maxInterval().toMillis());
		// the pause is the failed partition's alone: the consumer keeps polling its other
		// partitions meanwhile
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, bounded,
				new ContainerPausingBackOffHandler(this.pauses));
		handler.setBackOffFunction((record, ex) -> storeUnreachable(ex) ? untilTheStoreIsBack : null);
		handler.setRetryListeners(RetryBetweenPolls::failedDelivery);
		container.setCommonErrorHandler(handler);
		// commit offsets once a second rather than after every poll: at a few records per
		// poll, per-poll commits
		// were a write to __consumer_offsets per record. A crash re-delivers up to a
		// second of records, which
		// every consumer already absorbs (they are idempotent)
		container.getContainerProperties().setAckMode(ContainerProperties.AckMode.TIME);
		container.getContainerProperties().setAckTime(this.retry.commitInterval().toMillis());
	}

	/**
	 * Counts each record {@code recoverer} dead-letters, by the topic it came from and
	 * the consumer group; registered at zero so an alert sees the series before the
	 * first.
	 */
	private ConsumerRecordRecoverer counted(ConsumerRecordRecoverer recoverer, String topic, String group) {
		Counter deadLettered = Counter.builder(DEAD_LETTERED)
			.description("Records sent to a dead-letter topic after every attempt failed")
			.tag("topic", topic)
			.tag("group", (group != null) ? group : "none")
			.register(this.meters);
		return (record, ex) -> {
			recoverer.accept(record, ex);
			deadLettered.increment();
		};
	}

	@Override
	public boolean retryAndDlqInBinding(String destinationName, String group) {
		return false;
	}

	/**
	 * Says why a record is tried again: the container itself logs only "Record in retry
	 * and not yet recovered", which left a retry seen at notification's start in every
	 * fault run without a cause.
	 */
	static void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		log.warn("{}-{}@{} failed (attempt {}) and will be tried again: {}", record.topic(), record.partition(),
				record.offset(), attempt, cause.toString());
	}

	/**
	 * Whether {@code failure} comes from the store being unreachable or without a
	 * majority, not from the record.
	 */
	static boolean storeUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
					|| cause instanceof MongoNotPrimaryException || cause instanceof MongoWriteConcernException) {
				return true;
			}
		}
		return false;
	}

}
