package org.muni311.autoconfigure.kafka;

import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.messaging.MessageHandlingException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures make a consumer wait for the store, and which send a record to its
 * dead-letter topic.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetryBetweenPollsTest {

	@Test
	void aRetryIsLoggedWithTheRecordAndItsFirstCause(CapturedOutput output) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("requests.status-changed", 4, 17L, "K2E7", "{}");

		RetryBetweenPolls.failedDelivery(record,
				new MessageHandlingException(null, "handler failed", new IllegalStateException("not caught up")), 1);

		assertThat(output).contains("requests.status-changed-4@17 failed (attempt 1)",
				"java.lang.IllegalStateException: not caught up");
	}

	@Test
	void aStoreThatCannotBeReachedIsWaitedFor() {
		assertThat(RetryBetweenPolls.storeUnreachable(new DataAccessResourceFailureException("down"))).isTrue();
		assertThat(RetryBetweenPolls.storeUnreachable(
				new MessageHandlingException(null, "handler failed", new MongoTimeoutException("no server"))))
			.as("found under the binder's wrapping")
			.isTrue();
	}

	@Test
	void aRecordThatFailsForItsOwnReasonsIsNotWaitedFor() {
		assertThat(RetryBetweenPolls.storeUnreachable(new DuplicateKeyException("again"))).isFalse();
		assertThat(RetryBetweenPolls.storeUnreachable(new IllegalStateException("no routing directory"))).isFalse();
	}

}
