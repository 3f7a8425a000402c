package org.muni311.routing.decision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.tracing.CurrentTrace;
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
 * {@link RoutingMap}). A request matched by no rule (one with no location or outside the
 * municipality's areas is matched only by a rule of its service or group alone) goes to
 * triage, never nowhere. The work item and its {@code ROUTED} event are one write; a
 * redelivered request finds its work item and changes nothing.
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

	private final CurrentTrace trace;

	Router(RoutingMaps maps, WorkItems workItems, JsonMapper json, Clock clock, MeterRegistry meters,
			CurrentTrace trace) {
		this.maps = maps;
		this.trace = trace;
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
		return route(List.of(submitted)) == 1;
	}

	/**
	 * Routes a poll's submitted requests together: each decided in memory, their work
	 * items (with their {@code ROUTED} events) stored in one read and one bulk insert
	 * ({@link WorkItems#createAll}). Returns how many were new; a redelivered request
	 * changes nothing. Each new one is counted and logged in its own request's trace.
	 */
	public int route(List<EventEnvelope<ServiceRequestSubmitted>> submitted) {
		Map<String, Routed> decided = new HashMap<>();
		List<WorkItem> items = new ArrayList<>(submitted.size());
		for (EventEnvelope<ServiceRequestSubmitted> event : submitted) {
			Routed routed = decide(event);
			decided.putIfAbsent(routed.item().id(), routed);
			items.add(routed.item());
		}
		List<WorkItem> created = this.workItems.createAll(items);
		for (WorkItem item : created) {
			Routed routed = decided.get(item.id());
			EventEnvelope<ServiceRequestSubmitted> event = routed.submitted();
			this.trace.continued(event.traceParent(), "route " + Topics.REQUESTS_SUBMITTED, () -> {
				decided(event.tenant(), routed.decision(), event.occurredAt(), item.routedAt());
				log.info("Routed request {} of {} to {} ({})", event.requestId(), event.tenant(),
						routed.decision().department().id(), routed.decision().triageCode());
			});
		}
		return created.size();
	}

	/** Where one request goes: its decision and the work item that records it. */
	private Routed decide(EventEnvelope<ServiceRequestSubmitted> submitted) {
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
		return new Routed(submitted, decision, WorkItem.routed(tenant, submitted.requestId(), request.serviceCode(),
				request.location(), request.addressString(), routing, responseHours, expectedAt, List.of(event)));
	}

	private record Routed(EventEnvelope<ServiceRequestSubmitted> submitted, Decision decision, WorkItem item) {
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
