package org.muni311.routing.workqueue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestEscalated;
import org.muni311.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The SLA check: finds open items past their due time and escalates each once. The
 * escalation is written in the same conditional write as the item's mark
 * ({@code escalatedAt} set, {@code slaDueAt} removed), so however often the check runs,
 * on however many instances, one breach publishes one {@link ServiceRequestEscalated}: a
 * second check no longer finds the item, and of two instances racing on it one write
 * matches the version and the other none. Reopening an item makes a new promise, whose
 * breach is escalated again.
 */
@Component
public class OverdueCheck {

	private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

	/** Items one pass escalates at most; the rest wait for the next. */
	static final int BATCH = 500;

	private final WorkItems items;

	private final JsonMapper json;

	private final Clock clock;

	private final Counter escalations;

	OverdueCheck(WorkItems items, JsonMapper json, Clock clock, MeterRegistry meters) {
		this.items = items;
		this.json = json;
		this.clock = clock;
		this.escalations = Counter.builder("muni311.sla.escalations")
			.description("Work items found past their expected response time, each counted once")
			.register(meters);
	}

	/** Runs at {@code muni311.sla.check-interval}. */
	@Scheduled(fixedDelayString = "${muni311.sla.check-interval:PT1M}",
			initialDelayString = "${muni311.sla.check-interval:PT1M}")
	void scheduled() {
		try {
			escalateOverdue();
		}
		catch (RuntimeException ex) {
			log.warn("SLA check failed; it runs again at the next interval: {}", ex.toString());
		}
	}

	/** Escalates what is overdue now; returns how many items this pass escalated. */
	public int escalateOverdue() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		List<WorkItem> overdue = this.items.overdue(now, BATCH);
		int escalated = 0;
		for (WorkItem item : overdue) {
			Draft draft = new Draft(item, now, "sla");
			draft.escalatedAt = now;
			draft.slaDueAt = null;
			draft.record("ESCALATED", "due " + item.expectedAt());
			try {
				this.items.apply(draft, List.of(escalation(item, now)));
				escalated++;
				this.escalations.increment();
			}
			catch (StaleVersionException ex) {
				// changed meanwhile (resolved, or escalated by another instance): the
				// next pass looks again
			}
		}
		return escalated;
	}

	private OutboxEvent escalation(WorkItem item, Instant now) {
		EventEnvelope<ServiceRequestEscalated> event = EventEnvelope.create(ServiceRequestEscalated.TYPE,
				ServiceRequestEscalated.VERSION, item.tenant(), item.requestId(), now, null,
				new ServiceRequestEscalated(item.statusSequence(), item.departmentCode(), item.departmentName(),
						item.crew(), item.expectedAt()));
		return OutboxEvent.of(Topics.REQUESTS_ESCALATED, event, this.json.writeValueAsString(event), now);
	}

}
