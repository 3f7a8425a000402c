package org.muni311.deploy.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Timing each request from its accepted POST to its routed event and its mail. */
class JourneyTrackerTest {

	private final JourneyTracker tracker = new JourneyTracker();

	@Test
	void timesRoutingAndMailFromTheAcceptedPost() {
		JourneyTracker.Phase phase = this.tracker.begin("100 req/s");

		this.tracker.accepted("8K3M9QZT2A", 1_000_000_000L);
		this.tracker.routed("8K3M9QZT2A", 1_020_000_000L);

		assertThat(phase.routingBacklog()).isZero();
		assertThat(phase.mailBacklog()).isEqualTo(1);
		assertThat(Latency.of(phase.routedLatency).p50()).isCloseTo(20.0, offset(0.1));
	}

	@Test
	void countsAnEventSeenBeforeThePostsAnswerOnceTheAnswerComes() {
		JourneyTracker.Phase phase = this.tracker.begin("100 req/s");

		this.tracker.mailed("8K3M9QZT2A", 2_000_000_000L);
		this.tracker.accepted("8K3M9QZT2A", 1_990_000_000L);

		assertThat(phase.mailBacklog()).isZero();
		assertThat(phase.mailedLatency.getTotalCount()).isEqualTo(1);
	}

	@Test
	void countsARedeliveredRoutedEventOnce() {
		JourneyTracker.Phase phase = this.tracker.begin("100 req/s");
		this.tracker.accepted("8K3M9QZT2A", 1_000_000_000L);

		this.tracker.routed("8K3M9QZT2A", 1_020_000_000L);
		this.tracker.routed("8K3M9QZT2A", 1_500_000_000L);

		assertThat(phase.routed.get()).isEqualTo(1);
		assertThat(phase.routedLatency.getTotalCount()).isEqualTo(1);
	}

}
