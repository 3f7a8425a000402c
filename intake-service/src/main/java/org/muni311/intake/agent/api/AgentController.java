package org.muni311.intake.agent.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.muni311.autoconfigure.audit.Masks;
import org.muni311.autoconfigure.audit.StaffReads;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.intake.duplicate.Duplicates;
import org.muni311.intake.request.Coordinates;
import org.muni311.intake.request.Filed;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.RefusedException;
import org.muni311.intake.request.RequestIntake;
import org.muni311.intake.request.ServiceRequests;
import org.muni311.intake.request.Submission;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The agent API: a request filed for a caller (through the filing service, by the rules
 * of every channel), a caller's history by phone number or email, and possible
 * duplicates. Answers carry the caller's contact only back to the agent; each look-up of
 * a caller's history is kept in the audit log of staff reads.
 */
@RestController
@RequestMapping("/agent/v1/municipalities/{jurisdiction}")
class AgentController {

	/**
	 * The agent API's names of the contact's fields, which it takes inside
	 * {@code caller}.
	 */
	private static final Map<String, String> CALLER_FIELDS = Map.of("email", "caller.email", "phone", "caller.phone",
			"first_name", "caller.first_name", "last_name", "caller.last_name", "locale", "caller.language");

	private final Municipalities municipalities;

	private final RequestIntake intake;

	private final ServiceRequests requests;

	private final Duplicates duplicates;

	private final StaffAccess access;

	private final StaffReads reads;

	AgentController(Municipalities municipalities, RequestIntake intake, ServiceRequests requests,
			Duplicates duplicates, StaffAccess access, StaffReads reads) {
		this.municipalities = municipalities;
		this.intake = intake;
		this.requests = requests;
		this.duplicates = duplicates;
		this.access = access;
		this.reads = reads;
	}

	@PostMapping("/requests")
	Map<String, Object> file(@PathVariable String jurisdiction, @RequestBody CallerRequest body, Authentication agent) {
		Filed filed = this.intake.file(municipality(jurisdiction), body.submission(),
				Filing.forCaller(this.access.name(agent)), null);
		return Map.of("service_request_id", filed.requestId(), "filed_by", this.access.name(agent), "channel", "phone");
	}

	@GetMapping("/callers")
	List<HistoryEntry> history(@PathVariable String jurisdiction, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String email, Authentication agent) {
		Municipality municipality = municipality(jurisdiction);
		if ((phone == null) == (email == null)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give a phone number or an email, not both");
		}
		String caller = (phone != null) ? phone.strip() : email.strip();
		this.reads.record(agent, municipality.jurisdictionId(), StaffReads.CALLER_HISTORY, Masks.mask(caller));
		return this.requests.byContact(municipality.jurisdictionId(), (phone != null) ? "phone" : "email", caller)
			.stream()
			.map((request) -> new HistoryEntry(request.requestId(), request.serviceCode(),
					request.currentStatus().status().name(), request.requestedAt().toString(), request.description(),
					request.channel()))
			.toList();
	}

	@GetMapping("/duplicates")
	List<Map<String, Object>> duplicates(@PathVariable String jurisdiction,
			@RequestParam("service_code") String serviceCode, @RequestParam String lat,
			@RequestParam("long") String lon) {
		Municipality municipality = municipality(jurisdiction);
		Coordinates point = Coordinates.require(lat, lon);
		return this.duplicates
			.near(municipality.jurisdictionId(), serviceCode, point.point(), Duplicates.RADIUS_METRES,
					Duplicates.WINDOW)
			.stream()
			.map((candidate) -> Map.<String, Object>of("service_request_id", candidate.request().requestId(),
					"distance_metres", Math.round(candidate.metres())))
			.toList();
	}

	/** A 400 naming every field that is wrong, as this API names them. */
	@ExceptionHandler
	ProblemDetail refused(RefusedException ex) {
		List<String> problems = ex.problems()
			.stream()
			.map((problem) -> problem.message(CALLER_FIELDS.getOrDefault(problem.field(), problem.field())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", problems));
		problem.setProperty("problems", problems);
		return problem;
	}

	private Municipality municipality(String jurisdiction) {
		return this.municipalities.find(jurisdiction)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "not served here"));
	}

	/** What an agent files: the Open311 fields, and the caller. */
	record CallerRequest(@JsonProperty("service_code") String serviceCode, String lat, @JsonProperty("long") String lon,
			@JsonProperty("address_string") String addressString, @JsonProperty("address_id") String addressId,
			String description, Map<String, List<String>> attribute, Caller caller) {

		Submission submission() {
			Submission submission = Submission.of(this.serviceCode)
				.at(this.lat, this.lon)
				.address(this.addressString, this.addressId)
				.description(this.description)
				.answers((this.attribute != null) ? this.attribute : Map.of());
			if (this.caller != null) {
				submission
					.contact(this.caller.firstName(), this.caller.lastName(), this.caller.email(), this.caller.phone())
					.language(this.caller.language());
			}
			return submission;
		}

	}

	/** Who called. */
	record Caller(String email, String phone, @JsonProperty("first_name") String firstName,
			@JsonProperty("last_name") String lastName, String language) {
	}

	/** One request of a caller's history. */
	record HistoryEntry(@JsonProperty("service_request_id") String serviceRequestId,
			@JsonProperty("service_code") String serviceCode, String status,
			@JsonProperty("requested_datetime") String requestedDatetime, String description, String channel) {
	}

}
