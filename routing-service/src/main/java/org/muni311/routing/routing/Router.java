package org.muni311.routing.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.contracts.Topics;
import org.muni311.routing.area.Area;
import org.muni311.routing.area.Areas;
import org.muni311.routing.directory.RoutingDirectories;
import org.muni311.routing.directory.RoutingDirectory;
import org.muni311.routing.directory.RoutingDirectory.Department;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkItems;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Routes by type and location: the department from the municipality's rules, the ward from its polygons. A
 * request with no rule, or outside every ward, goes to triage, never nowhere. The work item and its {@code ROUTED}
 * event are one write; a redelivered request finds its work item and changes nothing.
 */
@Service
public class Router {

	/** Routing is the first change of a request's status after its submission (sequence 0, at intake). */
	static final long ROUTED_SEQUENCE = 1;

	private final RoutingDirectories directories;

	private final Areas areas;

	private final WorkItems workItems;

	private final JsonMapper json;

	private final Clock clock;

	Router(RoutingDirectories directories, Areas areas, WorkItems workItems, JsonMapper json, Clock clock) {
		this.directories = directories;
		this.areas = areas;
		this.workItems = workItems;
		this.json = json;
		this.clock = clock;
	}

	/** Routes one submitted request. Returns whether it was new (a redelivery returns {@code false}). */
	public boolean route(EventEnvelope<ServiceRequestSubmitted> submitted) {
		String tenant = submitted.tenant();
		ServiceRequestSubmitted request = submitted.payload();
		RoutingDirectory directory = this.directories.of(tenant)
			.orElseThrow(() -> new IllegalStateException("No routing directory for municipality " + tenant));
		GeoPoint point = request.location();
		Optional<Area> ward = (point != null) ? this.areas.ward(tenant, point.lat(), point.lon()) : Optional.empty();
		Optional<Department> department = directory.departmentFor(request.serviceCode());
		Department chosen = (department.isPresent() && ward.isPresent()) ? department.get() : directory.triage();
		String notes = notes(chosen, ward, department.isPresent(), point != null);
		Instant now = now();
		EventEnvelope<ServiceRequestStatusChanged> routed = EventEnvelope.create(ServiceRequestStatusChanged.TYPE,
				ServiceRequestStatusChanged.VERSION, tenant, submitted.requestId(), now, submitted.traceParent(),
				new ServiceRequestStatusChanged(ROUTED_SEQUENCE, RequestStatus.ROUTED, chosen.code(), chosen.name(),
						ward.map(Area::code).orElse(null), ward.map(Area::name).orElse(null), notes, "routing"));
		OutboxEvent event = OutboxEvent.of(Topics.REQUESTS_STATUS_CHANGED, routed, this.json.writeValueAsString(routed),
				now);
		return this.workItems.createOnce(new WorkItem(WorkItem.idOf(tenant, submitted.requestId()), tenant,
				submitted.requestId(), request.serviceCode(), point, chosen.code(), chosen.name(),
				ward.map(Area::code).orElse(null), ward.map(Area::name).orElse(null), RequestStatus.ROUTED,
				ROUTED_SEQUENCE, notes, routed.eventId(), now, List.of(event)));
	}

	/** MongoDB keeps milliseconds: cut to them so the stored time and the event's agree exactly. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String notes(Department chosen, Optional<Area> ward, boolean hasRule, boolean hasPoint) {
		if (hasRule && ward.isPresent()) {
			return "Routed to " + chosen.name() + ", " + ward.get().name() + ".";
		}
		String why = !hasRule ? "no department handles this service yet"
				: hasPoint ? "the location is outside the municipality's wards" : "the location needs checking";
		return "Sent to " + chosen.name() + " for review: " + why + ".";
	}

}
