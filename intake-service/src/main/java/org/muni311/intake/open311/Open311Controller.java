package org.muni311.intake.open311;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.config.IntakeProperties;
import org.muni311.intake.municipality.Catalogue;
import org.muni311.intake.municipality.Municipality;
import org.muni311.intake.open311.Open311Views.RequestView;
import org.muni311.intake.open311.Open311Views.ServiceDefinitionView;
import org.muni311.intake.open311.Open311Views.ServiceView;
import org.muni311.intake.open311.Open311Views.SubmittedView;
import org.muni311.intake.request.NewServiceRequest;
import org.muni311.intake.request.RequestIntake;
import org.muni311.intake.request.ServiceRequests;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open311 GeoReport v2, JSON format, under {@code /open311/v2}. */
@RestController
@RequestMapping(path = "/open311/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class Open311Controller {

	private static final Pattern TRACE_PARENT = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");

	private final Catalogue catalogue;

	private final RequestIntake intake;

	private final ServiceRequests requests;

	private final IntakeProperties properties;

	Open311Controller(Catalogue catalogue, RequestIntake intake, ServiceRequests requests,
			IntakeProperties properties) {
		this.catalogue = catalogue;
		this.intake = intake;
		this.requests = requests;
		this.properties = properties;
	}

	@GetMapping("/services.json")
	List<ServiceView> services(@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Municipality municipality = municipality(jurisdictionId);
		return municipality.services()
			.stream()
			.map((service) -> ServiceView.of(service, municipality.configuration()))
			.toList();
	}

	@GetMapping("/services/{code}.json")
	List<ServiceDefinitionView> service(@PathVariable String code,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Municipality municipality = municipality(jurisdictionId);
		ServiceDefinition service = municipality.service(code)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service_code '" + code + "' not found"));
		return List.of(ServiceDefinitionView.of(service, municipality.configuration()));
	}

	@PostMapping(path = "/requests.json",
			consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE })
	ResponseEntity<List<SubmittedView>> submit(@RequestParam MultiValueMap<String, String> fields,
			@RequestHeader(name = "traceparent", required = false) String traceParent) {
		Municipality municipality = municipality(fields.getFirst("jurisdiction_id"));
		if (!municipality.acceptsApiKey(fields.getFirst("api_key"))) {
			throw new Open311Exception(HttpStatus.FORBIDDEN,
					"api_key is missing or is not a key of " + municipality.jurisdictionId());
		}
		NewServiceRequest request = SubmissionForm.read(fields);
		ServiceDefinition service = municipality.service(request.serviceCode())
			.orElseThrow(() -> new Open311Exception(HttpStatus.BAD_REQUEST, "service_code '" + request.serviceCode()
					+ "' is not a service of " + municipality.jurisdictionId() + ": see services.json"));
		String id = this.intake.submit(municipality, service, request, "open311", traceParent(traceParent));
		URI location = URI.create("/open311/v2/requests/" + id + ".json?jurisdiction_id="
				+ municipality.jurisdictionId());
		return ResponseEntity.created(location)
			.body(List.of(new SubmittedView(id, "Thank you. Follow your request with its id " + id + ".")));
	}

	@GetMapping("/requests/{id}.json")
	List<RequestView> request(@PathVariable String id,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Municipality municipality = municipality(jurisdictionId);
		return this.requests.find(municipality.jurisdictionId(), id)
			.map((request) -> List.of(RequestView.of(request, municipality.zone())))
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service request '" + id + "' not found"));
	}

	private Municipality municipality(String jurisdictionId) {
		String id = (jurisdictionId == null || jurisdictionId.isBlank()) ? this.properties.defaultJurisdictionId()
				: jurisdictionId.strip();
		if (id == null || id.isBlank()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "jurisdiction_id is required");
		}
		return this.catalogue.municipality(id)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND,
					"jurisdiction_id '" + id + "' is not served here"));
	}

	/** The caller's trace context when well formed, else the start of a new trace. */
	private static String traceParent(String given) {
		if (given != null && TRACE_PARENT.matcher(given).matches()) {
			return given;
		}
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		return String.format("00-%016x%016x-%016x-01", random.nextLong(), random.nextLong(), random.nextLong());
	}

}
