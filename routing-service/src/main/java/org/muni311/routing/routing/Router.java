package org.muni311.routing.routing;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.routing.area.Area;
import org.muni311.routing.area.Areas;
import org.muni311.routing.directory.RoutingDirectory;
import org.muni311.routing.directory.RoutingDirectory.Department;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkItems;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Routes by type and location: the department from the municipality's rules, the ward from its polygons. A
 * request with no rule, or outside every ward, goes to triage, never nowhere. Redelivery returns the same event.
 */
@Service
public class Router {

	private final MongoTemplate mongo;

	private final Areas areas;

	private final WorkItems workItems;

	private final Clock clock;

	Router(MongoTemplate mongo, Areas areas, WorkItems workItems, Clock clock) {
		this.mongo = mongo;
		this.areas = areas;
		this.workItems = workItems;
		this.clock = clock;
	}

	/** Routes one submitted request; the answer is its {@code ROUTED} event. */
	public EventEnvelope<ServiceRequestStatusChanged> route(EventEnvelope<ServiceRequestSubmitted> submitted) {
		String tenant = submitted.tenant();
		ServiceRequestSubmitted request = submitted.payload();
		RoutingDirectory directory = this.mongo.findById(tenant, RoutingDirectory.class);
		if (directory == null) {
			throw new IllegalStateException("No routing directory for municipality " + tenant);
		}
		GeoPoint point = request.location();
		Optional<Area> ward = (point != null) ? this.areas.ward(tenant, point.lat(), point.lon()) : Optional.empty();
		Optional<Department> department = directory.departmentFor(request.serviceCode());
		Department chosen = (department.isPresent() && ward.isPresent()) ? department.get() : directory.triage();
		String notes = notes(chosen, ward, department.isPresent(), point != null);
		WorkItem item = this.workItems.createOnce(new WorkItem(tenant + ":" + submitted.requestId(), tenant,
				submitted.requestId(), request.serviceCode(), point, chosen.code(), chosen.name(),
				ward.map(Area::code).orElse(null), ward.map(Area::name).orElse(null), RequestStatus.ROUTED, notes,
				UUID.randomUUID().toString(), now()));
		return new EventEnvelope<>(item.routedEventId(), ServiceRequestStatusChanged.TYPE,
				ServiceRequestStatusChanged.VERSION, tenant, item.requestId(), item.routedAt(),
				submitted.traceParent(), new ServiceRequestStatusChanged(RequestStatus.ROUTED, item.departmentCode(),
						item.departmentName(), item.areaCode(), item.areaName(), item.notes(), "routing"));
	}

	/** MongoDB keeps milliseconds: cut to them so a re-sent event equals the first one exactly. */
	private java.time.Instant now() {
		return this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
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
