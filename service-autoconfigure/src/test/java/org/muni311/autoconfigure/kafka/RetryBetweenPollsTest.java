package org.muni311.autoconfigure.kafka;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.messaging.MessageHandlingException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures make a consumer wait for the store, and which send a record to its dead-letter topic. */
class RetryBetweenPollsTest {

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
