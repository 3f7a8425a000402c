package org.muni311.routing.decision;

import java.math.BigDecimal;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.routing.municipality.RoutingMap;
import org.muni311.routing.municipality.RoutingMaps;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Where would this go?": the decision routing would make now for a service at a place,
 * from the same map that routes requests (the configuration and layers it holds), with
 * the rule that takes it. For the municipality's administrators and supervisors; nothing
 * is filed.
 */
@RestController
@Tag(name = "Routing check", description = "Where a request for a service at a place would go, and by which rule")
@ApiResponse(responseCode = "400",
		description = "The service is not in the catalogue, or the place is not a "
				+ "latitude and longitude (problem details)")
@ApiResponse(responseCode = "401", description = "Nobody signed in")
@ApiResponse(responseCode = "403", description = "Not an administrator or supervisor of this municipality")
@ApiResponse(responseCode = "404", description = "Routing holds no configuration of this municipality")
@SecurityRequirement(name = "basicAuth")
class RoutingCheckController {

	private final RoutingMaps maps;

	private final StaffAccess access;

	RoutingCheckController(RoutingMaps maps, StaffAccess access) {
		this.maps = maps;
		this.access = access;
	}

	@Operation(summary = "Where a request for a service at a place would go")
	@GetMapping(path = "/routing/v1/municipalities/{jurisdiction_id}/check",
			produces = MediaType.APPLICATION_JSON_VALUE)
	Check check(@PathVariable("jurisdiction_id") String jurisdictionId,
			@RequestParam(name = "service_code") String serviceCode,
			@RequestParam(name = "lat", required = false) String lat,
			@RequestParam(name = "long", required = false) String lon, Authentication staff) {
		this.access.require(staff, jurisdictionId, StaffRole.PLATFORM_ADMIN, StaffRole.MUNICIPALITY_ADMIN,
				StaffRole.SUPERVISOR);
		RoutingMap map = this.maps.of(jurisdictionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Routing holds no configuration of " + jurisdictionId + " yet"));
		MunicipalityConfiguration configuration = map.configuration();
		if (configuration.service(serviceCode).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"service_code '" + serviceCode + "' is not a service of " + jurisdictionId + "; its services are "
							+ String.join(", ",
									configuration.services().stream().map(ServiceDefinition::code).limit(50).toList()));
		}
		RoutingMap.Decision decision = map.route(serviceCode, point(lat, lon));
		String language = configuration.defaultLanguage();
		return new Check(decision.department().id(), configuration.text(decision.department().name(), language),
				decision.crew(),
				(decision.area() != null)
						? Map.of("layer", decision.area().layer(), "id", decision.area().id(), "name",
								(decision.area().name() != null) ? decision.area().name() : decision.area().id())
						: null,
				(decision.rule() != null) ? "rules[" + decision.rule() + "]" : null,
				(decision.rule() != null) ? configuration.rules().get(decision.rule()) : null, decision.triageReason(),
				map.version());
	}

	/** Both coordinates or neither, as decimals in range. */
	private static GeoPoint point(String lat, String lon) {
		boolean hasLat = lat != null && !lat.isBlank();
		boolean hasLon = lon != null && !lon.isBlank();
		if (hasLat != hasLon) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give both lat and long, or neither");
		}
		if (!hasLat) {
			return null;
		}
		return new GeoPoint(degrees("lat", lat, 90), degrees("long", lon, 180));
	}

	private static double degrees(String name, String given, int limit) {
		try {
			double value = new BigDecimal(given.trim()).doubleValue();
			if (Math.abs(value) <= limit) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
				name + " must be a decimal between -" + limit + " and " + limit + ", not '" + given + "'");
	}

	/**
	 * What routing would decide.
	 *
	 * @param department the department's id
	 * @param departmentName its name in the default language
	 * @param crew the crew, or {@code null}
	 * @param area the area the place lies in ({@code layer}, {@code id}, {@code name}),
	 * or {@code null}
	 * @param rulePath the rule that takes it, as the configuration lists it
	 * ({@code rules[2]}), or {@code null} when none does
	 * @param rule that rule
	 * @param triageReason why it would go to triage, or {@code null}
	 * @param configurationVersion the configuration version decided by
	 */
	record Check(String department, String departmentName, String crew, Map<String, String> area, String rulePath,
			RoutingRule rule, String triageReason, long configurationVersion) {
	}

}
