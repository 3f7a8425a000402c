package org.muni311.intake.open311;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.muni311.contracts.RequestStatus;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.intake.request.StatusEntry;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * FixMyStreet's {@code GET servicerequestupdates} extension: every status change of a
 * municipality's requests between {@code start_date} and {@code end_date} (default: the
 * last 90 days), oldest first, at most 1,000, so Open311 apps can follow what crews do.
 * {@code service_request_id} (a comma list) narrows it to some requests.
 */
@RestController
@RequestMapping(Open311Paths.BASE)
class UpdatesController {

	/**
	 * FixMyStreet's status names for ours; {@code external_status_code} carries ours
	 * unchanged.
	 */
	private static final Map<RequestStatus, String> FMS_STATUS = Map.of(RequestStatus.SUBMITTED, "OPEN",
			RequestStatus.ROUTED, "OPEN", RequestStatus.ACKNOWLEDGED, "INVESTIGATING", RequestStatus.IN_PROGRESS,
			"IN_PROGRESS", RequestStatus.ON_HOLD, "ACTION_SCHEDULED", RequestStatus.RESOLVED, "FIXED",
			RequestStatus.CLOSED, "CLOSED", RequestStatus.REOPENED, "OPEN");

	private final Open311Municipalities municipalities;

	private final ServiceRequests requests;

	private final Open311Response response;

	private final Clock clock;

	UpdatesController(Open311Municipalities municipalities, ServiceRequests requests, Open311Response response,
			Clock clock) {
		this.municipalities = municipalities;
		this.requests = requests;
		this.response = response;
		this.clock = clock;
	}

	@GetMapping("/servicerequestupdates.{format}")
	ResponseEntity<byte[]> updates(@PathVariable String format, HttpServletRequest request) {
		Format answer = Format.of(format);
		Open311Query query = Open311Query.of(request);
		Municipality municipality = this.municipalities.named(query.get("jurisdiction_id"));
		Instant to = (query.get("end_date") != null) ? W3c.parse(query.get("end_date"), "end_date")
				: this.clock.instant();
		Instant from = (query.get("start_date") != null) ? W3c.parse(query.get("start_date"), "start_date")
				: to.minus(SearchParameters.DEFAULT_WINDOW);
		if (to.isBefore(from)) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "end_date is before start_date");
		}
		Set<String> ids = Set.copyOf(query.list("service_request_id"));
		List<UpdateView> updates = this.requests
			.updated(municipality.jurisdictionId(), from, to, SearchParameters.MAX_ROWS)
			.stream()
			.filter((stored) -> ids.isEmpty() || ids.contains(stored.requestId()))
			.flatMap((stored) -> stored.statuses()
				.entrySet()
				.stream()
				.filter((entry) -> !"0".equals(entry.getKey()))
				.filter((entry) -> !entry.getValue().at().isBefore(from) && !entry.getValue().at().isAfter(to))
				.map((entry) -> Map.entry(entry.getValue().at(),
						UpdateView.of(stored, entry.getKey(), entry.getValue(), municipality))))
			.sorted(Map.Entry.comparingByKey())
			.limit(SearchParameters.MAX_ROWS)
			.map(Map.Entry::getValue)
			.toList();
		return this.response.answer(HttpStatus.OK, answer, "service_request_updates", "request_update", updates);
	}

	/** One status change, as FixMyStreet names its fields. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record UpdateView(@JsonProperty("update_id") String updateId,
			@JsonProperty("service_request_id") String serviceRequestId, String status, String description,
			@JsonProperty("updated_datetime") String updatedDatetime, @JsonProperty("media_url") String mediaUrl,
			@JsonProperty("external_status_code") String externalStatusCode) {

		static UpdateView of(ServiceRequest request, String sequence, StatusEntry entry, Municipality municipality) {
			return new UpdateView(request.requestId() + "-" + sequence, request.requestId(),
					FMS_STATUS.getOrDefault(entry.status(), "OPEN"), entry.notes(),
					W3c.format(entry.at(), municipality.zone()), null, entry.status().name());
		}

	}

}
