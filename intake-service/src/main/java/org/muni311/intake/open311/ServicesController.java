package org.muni311.intake.open311;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.intake.open311.Open311Views.ServiceDefinitionView;
import org.muni311.intake.open311.Open311Views.ServiceView;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GeoReport v2 discovery, service list and service definitions, in {@code .json} or
 * {@code .xml}.
 */
@RestController
@RequestMapping(Open311Paths.BASE)
class ServicesController {

	private final Open311Municipalities municipalities;

	private final Open311Response response;

	ServicesController(Open311Municipalities municipalities, Open311Response response) {
		this.municipalities = municipalities;
		this.response = response;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<byte[]> discovery(@PathVariable String format, HttpServletRequest request) {
		Format answer = Format.of(format);
		String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ Open311Paths.BASE + "/";
		Map<String, Object> discovery = Map.of("changeset", "2026-01-01T00:00:00Z", "contact",
				"Your municipality's 311 service", "key_service", "Ask your municipality for an api_key", "endpoints",
				List.of(Map.of("specification", "http://wiki.open311.org/GeoReport_v2", "url", base, "changeset",
						"2026-01-01T00:00:00Z", "type", "production", "formats",
						List.of("text/xml", "application/json"))));
		return this.response.answer(HttpStatus.OK, answer, "discovery", "discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<byte[]> services(@PathVariable String format, HttpServletRequest request) {
		Format answer = Format.of(format);
		Municipality municipality = this.municipalities.named(Open311Query.of(request).get("jurisdiction_id"));
		List<ServiceView> services = municipality.services()
			.stream()
			.map((service) -> ServiceView.of(service, municipality.configuration()))
			.toList();
		return this.response.answer(HttpStatus.OK, answer, "services", "service", services);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<byte[]> service(@PathVariable String code, @PathVariable String format, HttpServletRequest request) {
		Format answer = Format.of(format);
		Municipality municipality = this.municipalities.named(Open311Query.of(request).get("jurisdiction_id"));
		ServiceDefinition service = municipality.service(code)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service_code '" + code + "' not found"));
		return this.response.answer(HttpStatus.OK, answer, "service_definition", "service_definition",
				ServiceDefinitionView.of(service, municipality.configuration()));
	}

}
