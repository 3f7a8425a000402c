package org.muni311.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTest {

	@Test
	void masksAddressesAndNumbersInWhatItLogs() {
		Failure failure = Failure.transientFailure(
				new IllegalStateException("550 5.1.1 <jane.doe@example.org>: rejected; sms to +1 613 555 0123 failed"));

		assertThat(failure.reason()).doesNotContain("jane.doe", "example.org", "555")
			.startsWith("IllegalStateException: 550 5.1.1 <***@***>");
	}

}
