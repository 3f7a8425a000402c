package org.muni311.routing.decision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.routing.municipality.RoutingMap;
import org.muni311.routing.municipality.RoutingMap.Decision;
import org.muni311.routing.municipality.RoutingMaps;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Routes by type and location with the municipality's rules and layers (see
 * {@link RoutingMap}). A request with no location, outside the municipality's areas or
 * matched by no rule goes to triage, never nowhere. The work item and its {@code ROUTED}
 * event are one write; a redelivered request finds its work item and changes nothing.
 */
@Service
public class Router {

	private static final Logger log = LoggerFactory.getLogger(Router.class);

	/**
	 * Routing is the first change of a request's status after its submission (sequence 0,
	 * at intake).
	 */
	static final long ROUTED_SEQUENCE = 1;

	/**
	 * How long a request waits for this instance to read the municipality topics after a
	 * start.
	 */
	private static final Duration CATCH_UP = Duration.ofSeconds(60);

	private final RoutingMaps maps;

	private final WorkItems workItems;

	private final JsonMapper json;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Timer decisionTime;

	Router(RoutingMaps maps, WorkItems workItems, JsonMapper json, Clock clock, MeterRegistry meters) {
		this.maps = maps;
		this.workItems = workItems;
		this.json = json;
		this.clock = clock;
		this.meters = meters;
		this.decisionTime = Timer.builder("muni311.routing.decision.time")
			.description("Finding the area and the rule of one request, in memory")
			.register(meters);
	}

	/**
	 * Routes one submitted request. Returns whether it was new (a redelivery returns
	 * {@code false}).
	 */
	public boolean route(EventEnvelope<ServiceRequestSubmitted> submitted) {
		String tenant = submitted.tenant();
		ServiceRequestSubmitted request = submitted.payload();
		RoutingMap map = mapOf(tenant);
		Timer.Sample deciding = Timer.start();
		Decision decision = map.route(request.serviceCode(), request.location());
		deciding.stop(this.decisionTime);
		MunicipalityConfiguration configuration = map.configuration();
		String department = configuration.text(decision.department().name(), configuration.defaultLanguage());
		String areaId = (decision.area() != null) ? decision.area().id() : null;
		String areaName = (decision.area() != null) ? decision.area().name() : null;
		String where = (areaName != null) ? ", " + areaName : "";
		String notes = (decision.triageReason() == null) ? "Routed to " + department + where + "."
				: "Sent to " + department + " for review: " + decision.triageReason() + ".";
		Instant now = now();
		Integer responseHours = configuration.service(request.serviceCode())
			.map(ServiceDefinition::expectedResponseHours)
			.orElse(null);
		Instant expectedAt = (responseHours != null) ? now.plus(Duration.ofHours(responseHours)) : null;
		EventEnvelope<ServiceRequestStatusChanged> routed = EventEnvelope.create(ServiceRequestStatusChanged.TYPE,
				ServiceRequestStatusChanged.VERSION, tenant, submitted.requestId(), now, submitted.traceParent(),
				new ServiceRequestStatusChanged(ROUTED_SEQUENCE, RequestStatus.ROUTED, decision.department().id(),
						department, decision.crew(), areaId, areaName, notes, "routing", expectedAt));
		OutboxEvent event = OutboxEvent.of(Topics.REQUESTS_STATUS_CHANGED, routed, this.json.writeValueAsString(routed),
				now);
		WorkItem.Routing routing = new WorkItem.Routing(decision.department().id(), department, decision.crew(), areaId,
				areaName, notes, ROUTED_SEQUENCE, routed.eventId(), now);
		boolean created = this.workItems
			.createOnce(WorkItem.routed(tenant, submitted.requestId(), request.serviceCode(), request.location(),
					request.addressString(), routing, responseHours, expectedAt, List.of(event)));
		if (created) {
			decided(tenant, decision, submitted.occurredAt(), now);
			log.info("Routed request {} of {} to {} ({})", submitted.requestId(), tenant, decision.department().id(),
					decision.triageCode());
		}
		return created;
	}

	/** Counts a new decision, and times its request from submission to routed. */
	private void decided(String tenant, Decision decision, Instant submittedAt, Instant routedAt) {
		Counter.builder("muni311.routing.decisions")
			.description("Requests routed, by municipality, department and triage reason (none: a rule routed it)")
			.tag("municipality", tenant)
			.tag("department", decision.department().id())
			.tag("triage_reason", decision.triageCode())
			.register(this.meters)
			.increment();
		Timer.builder("muni311.e2e.submitted.to.routed")
			.description("From the request's submission (intake's time) to its routing decision")
			.tag("municipality", tenant)
			.register(this.meters)
			.record(Duration.between(submittedAt, routedAt));
	}

	private RoutingMap mapOf(String tenant) {
		try {
			if (!this.maps.awaitCaughtUp(CATCH_UP)) {
				throw new IllegalStateException("The municipality topics are not read yet; routing waits for them");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the municipality topics", ex);
		}
		return this.maps.of(tenant)
			.orElseThrow(() -> new IllegalStateException("Municipality " + tenant + " has no configuration"));
	}

	/**
	 * MongoDB keeps milliseconds: cut to them so the stored time and the event's agree
	 * exactly.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
