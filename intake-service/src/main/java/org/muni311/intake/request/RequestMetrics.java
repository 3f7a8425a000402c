package org.muni311.intake.request;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What intake counts: requests received by municipality, channel and service group,
 * refused by reason, joined as duplicates ("me too"), and the time from submission to
 * closing. The municipality tag only ever holds configured jurisdiction ids: every call
 * comes after the municipality was found.
 */
@Component
class RequestMetrics {

	static final String RECEIVED = "muni311.requests.received";

	static final String REFUSED = "muni311.requests.refused";

	static final String JOINED = "muni311.requests.duplicates.joined";

	static final String SUBMITTED_TO_CLOSED = "muni311.e2e.submitted.to.closed";

	private final MeterRegistry meters;

	RequestMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	void received(String municipality, String channel, String serviceGroup) {
		Counter.builder(RECEIVED)
			.description("Requests filed, by municipality, channel and service group")
			.tag("municipality", municipality)
			.tag("channel", channel)
			.tag("service_group", (serviceGroup != null) ? serviceGroup : "none")
			.register(this.meters)
			.increment();
	}

	/** A refusal, under its first problem: the field and whether it was missing. */
	void refused(String channel, RefusedException refusal) {
		Problem first = refusal.problems().get(0);
		Counter.builder(REFUSED)
			.description("Submissions refused by the shared checks, by the first problem's field and kind")
			.tag("channel", channel)
			.tag("reason", first.field() + (first.missing() ? ".missing" : ".invalid"))
			.register(this.meters)
			.increment();
	}

	void joined(String municipality, String channel) {
		Counter.builder(JOINED)
			.description("Residents who followed an existing request instead of filing another")
			.tag("municipality", municipality)
			.tag("channel", (channel != null) ? channel : "unknown")
			.register(this.meters)
			.increment();
	}

	void closed(String municipality, Instant submitted, Instant closed) {
		Timer.builder(SUBMITTED_TO_CLOSED)
			.description("From the request's submission to its closing, by the events' own times")
			.tag("municipality", municipality)
			.register(this.meters)
			.record(Duration.between(submitted, closed));
	}

}
