package org.muni311.routing.crew.api;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.contracts.RequestStatus;
import org.muni311.routing.workqueue.QueueQuery;
import org.muni311.routing.workqueue.WorkItem.Priority;
import org.muni311.routing.workqueue.WorkQueue;
import org.muni311.routing.workqueue.Worker;
import org.muni311.routing.workqueue.Workflow;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work items of one municipality, for its crews and supervisors. Every change names the
 * {@code version} it was made on: a stale one answers 409, as does a change the item's
 * status does not allow (listing those it does). Errors are RFC 9457 problem details (see
 * {@link CrewErrors}).
 */
@RestController
@Validated
@Tag(name = "Work items", description = "Queues of departments and crews, and the work on each request")
@ApiResponse(responseCode = "400",
		description = "A parameter or body field is missing or wrong, or names a "
				+ "department or crew the municipality does not have (problem details)")
@ApiResponse(responseCode = "401", description = "Nobody signed in")
@ApiResponse(responseCode = "403",
		description = "Not a crew or supervisor of this municipality, a crew member asking for another department's "
				+ "item or queue, or a crew member doing what only a supervisor may")
@ApiResponse(responseCode = "404", description = "No work item for this request in this municipality")
@ApiResponse(responseCode = "409",
		description = "The status does not allow the change (problem details list "
				+ "`allowed`), or the item changed since the `version` named (`currentVersion`)")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/crew/v1/municipalities/{jurisdiction_id}/work-items",
		produces = MediaType.APPLICATION_JSON_VALUE)
class WorkItemController {

	private final WorkQueue queue;

	private final CrewAuthorization crews;

	WorkItemController(WorkQueue queue, StaffAccess access) {
		this.queue = queue;
		this.crews = new CrewAuthorization(access);
	}

	@GetMapping
	@Operation(summary = "A department's or crew's queue, soonest due first",
			description = "Name a department, a crew, or both. Without status, the open items (not resolved or "
					+ "closed). Served by an index on MongoDB; on the embedded store it scans the work items.")
	QueueView queue(@PathVariable("jurisdiction_id") String tenant, @RequestParam(required = false) String department,
			@RequestParam(required = false) String crew, @RequestParam(required = false) Set<RequestStatus> status,
			@RequestParam(required = false) String area, @RequestParam(required = false) Priority priority,
			@RequestParam(name = "due_before",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant dueBefore,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Authentication staff) {
		Worker worker = this.crews.worker(staff, tenant);
		if (department == null && crew == null) {
			throw new BadQueueException("Name a department or a crew (parameters department, crew)");
		}
		Set<RequestStatus> statuses = (status == null || status.isEmpty()) ? open() : status;
		return QueueView.of(this.queue
			.queue(new QueueQuery(tenant, department, crew, statuses, area, priority, dueBefore, page, size), worker));
	}

	@GetMapping("/{request_id}")
	@Operation(summary = "One work item, with its journal and the statuses it may move to")
	WorkItemView get(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			Authentication staff) {
		return WorkItemView.of(this.queue.get(tenant, requestId, this.crews.worker(staff, tenant)));
	}

	@PostMapping(path = "/{request_id}/claim", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Take the item (a routed or reopened one is acknowledged)")
	WorkItemView claim(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			@Valid @RequestBody Changes.Claim body, Authentication staff) {
		return WorkItemView.of(this.queue.claim(tenant, requestId, body.version(), this.crews.worker(staff, tenant)));
	}

	@PostMapping(path = "/{request_id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move the item to another status, telling residents the note")
	WorkItemView move(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			@Valid @RequestBody Changes.Move body, Authentication staff) {
		return WorkItemView.of(this.queue.move(tenant, requestId, body.version(), body.status(), body.note(),
				this.crews.worker(staff, tenant)));
	}

	@PostMapping(path = "/{request_id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a note: PUBLIC ones are published to residents, INTERNAL ones stay with staff")
	WorkItemView note(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			@Valid @RequestBody Changes.Note body, Authentication staff) {
		return WorkItemView.of(this.queue.note(tenant, requestId, body.version(), body.text(), body.visibility(),
				this.crews.worker(staff, tenant)));
	}

	@PostMapping(path = "/{request_id}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Give the item to a staff member (and a crew of its department); supervisors only")
	WorkItemView assign(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			@Valid @RequestBody Changes.Assign body, Authentication staff) {
		return WorkItemView.of(this.queue.assign(tenant, requestId, body.version(), body.assignee(), body.crew(),
				this.crews.supervisor(staff, tenant)));
	}

	@PostMapping(path = "/{request_id}/priority", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set the item's priority; supervisors only")
	WorkItemView prioritise(@PathVariable("jurisdiction_id") String tenant,
			@PathVariable("request_id") String requestId, @Valid @RequestBody Changes.Prioritise body,
			Authentication staff) {
		return WorkItemView.of(this.queue.prioritise(tenant, requestId, body.version(), body.priority(),
				this.crews.supervisor(staff, tenant)));
	}

	@PostMapping(path = "/{request_id}/reassign", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send an open item to another department (routed again); supervisors only")
	WorkItemView reassign(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			@Valid @RequestBody Changes.Reassign body, Authentication staff) {
		return WorkItemView.of(this.queue.reassign(tenant, requestId, body.version(), body.department(), body.crew(),
				body.note(), this.crews.supervisor(staff, tenant)));
	}

	private static Set<RequestStatus> open() {
		Set<RequestStatus> open = EnumSet.noneOf(RequestStatus.class);
		List.of(RequestStatus.values()).stream().filter(Workflow::isOpen).forEach(open::add);
		return open;
	}

}
