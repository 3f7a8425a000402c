package org.muni311.intake.agent.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.duplicate.Duplicates;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;
import org.muni311.intake.open311.SubmissionCheck;
import org.muni311.intake.request.Filing;
import org.muni311.intake.request.NewServiceRequest;
import org.muni311.intake.request.RequestIntake;
import org.muni311.intake.request.ServiceRequests;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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
 * The agent API: a request filed for a caller (the same checks as Open311), and a caller's history by phone
 * number or email. Answers carry the caller's contact only back to the agent.
 */
@RestController
@RequestMapping("/agent/v1/municipalities/{jurisdiction}")
class AgentController {

	private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern
		.compile("^[+-]?[0-9]{1,3}(\\.[0-9]{1,20})?$");

	private final Municipalities municipalities;

	private final RequestIntake intake;

	private final ServiceRequests requests;

	private final Duplicates duplicates;

	private final StaffAccess access;

	AgentController(Municipalities municipalities, RequestIntake intake, ServiceRequests requests, Duplicates duplicates,
			StaffAccess access) {
		this.municipalities = municipalities;
		this.intake = intake;
		this.requests = requests;
		this.duplicates = duplicates;
		this.access = access;
	}

	@PostMapping("/requests")
	Map<String, Object> file(@PathVariable String jurisdiction, @RequestBody CallerRequest body,
			Authentication agent) {
		Municipality municipality = municipality(jurisdiction);
		NewServiceRequest request = SubmissionCheck.check(body.fields(), municipality);
		ServiceDefinition service = municipality.service(request.serviceCode()).orElseThrow();
		String id = this.intake.submit(municipality, service, request, Filing.forCaller(this.access.name(agent)),
				null);
		this.duplicates.remember(municipality.jurisdictionId(), id, service.code(), request.location(),
				Instant.now());
		return Map.of("service_request_id", id, "filed_by", this.access.name(agent), "channel", "phone");
	}

	@GetMapping("/callers")
	List<HistoryEntry> history(@PathVariable String jurisdiction, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String email) {
		Municipality municipality = municipality(jurisdiction);
		if ((phone == null) == (email == null)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give a phone number or an email, not both");
		}
		return this.requests
			.byContact(municipality.jurisdictionId(), (phone != null) ? "phone" : "email",
					(phone != null) ? phone.strip() : email.strip())
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
		if (!DECIMAL.matcher(lat).matches() || !DECIMAL.matcher(lon).matches()
				|| Math.abs(Double.parseDouble(lat)) > 90 || Math.abs(Double.parseDouble(lon)) > 180) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lat and long are decimal degrees in range");
		}
		return this.duplicates
			.near(municipality.jurisdictionId(), serviceCode,
					new org.muni311.contracts.GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon)),
					Duplicates.RADIUS_METRES, Duplicates.WINDOW)
			.stream()
			.map((candidate) -> Map.<String, Object>of("service_request_id", candidate.request().requestId(),
					"distance_metres", Math.round(candidate.metres())))
			.toList();
	}

	@ExceptionHandler
	ProblemDetail refused(SubmissionCheck.Refused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	private Municipality municipality(String jurisdiction) {
		return this.municipalities.find(jurisdiction)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "not served here"));
	}

	/** What an agent files: the Open311 fields, and the caller. */
	record CallerRequest(@JsonProperty("service_code") String serviceCode, String lat,
			@JsonProperty("long") String lon, @JsonProperty("address_string") String addressString,
			@JsonProperty("address_id") String addressId, String description,
			Map<String, List<String>> attribute, Caller caller) {

		MultiValueMap<String, String> fields() {
			MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
			put(fields, "service_code", this.serviceCode);
			put(fields, "lat", this.lat);
			put(fields, "long", this.lon);
			put(fields, "address_string", this.addressString);
			put(fields, "address_id", this.addressId);
			put(fields, "description", this.description);
			if (this.attribute != null) {
				this.attribute.forEach((code, values) -> fields.put("attribute[" + code + "]", List.copyOf(values)));
			}
			if (this.caller != null) {
				put(fields, "email", this.caller.email());
				put(fields, "phone", this.caller.phone());
				put(fields, "first_name", this.caller.firstName());
				put(fields, "last_name", this.caller.lastName());
				put(fields, "locale", this.caller.language());
			}
			return fields;
		}

		private static void put(MultiValueMap<String, String> fields, String name, String value) {
			if (value != null) {
				fields.add(name, value);
			}
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
