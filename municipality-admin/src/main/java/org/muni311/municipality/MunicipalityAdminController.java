package org.muni311.municipality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.municipality.Municipality.ApiKey;
import org.muni311.municipality.address.AddressPoints;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The admin API of municipalities: configuration, layers and Open311 keys. Platform
 * administrators reach every municipality, a municipality administrator only theirs.
 * Errors are RFC 9457 problem details listing every problem (see {@link AdminErrors}).
 */
@RestController
@Tag(name = "Municipality administration",
		description = "A municipality's configuration (catalogue, departments, crews, rules), its layers of areas "
				+ "and its Open311 keys")
@ApiResponse(responseCode = "400",
		description = "The change is refused and nothing was stored. The problem details list every problem found "
				+ "(`problems`: JSON paths and what is wrong, such as `services[0].expectedResponseHours: a whole "
				+ "number of hours, not \"48h\"`), the `warnings` a configuration would have been accepted with, "
				+ "and for a layer the import `report`",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Nobody signed in")
@ApiResponse(responseCode = "403", description = "Not an administrator of this municipality")
@ApiResponse(responseCode = "404", description = "The municipality, layer or key does not exist")
@ApiResponse(responseCode = "409", description = "Changed by someone else meanwhile: read it again and retry")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/admin/v1/municipalities", produces = MediaType.APPLICATION_JSON_VALUE)
class MunicipalityAdminController {

	private final Configurations configurations;

	private final Layers layers;

	private final ApiKeys apiKeys;

	private final AdminRequestReader reader;

	private final StaffAccess access;

	private final AddressPoints addresses;

	private final ConfigurationVersions versions;

	private final GoLive goLive;

	private final JsonMapper json;

	MunicipalityAdminController(Configurations configurations, Layers layers, ApiKeys apiKeys,
			AdminRequestReader reader, StaffAccess access, AddressPoints addresses, ConfigurationVersions versions,
			JsonMapper json, GoLive goLive) {
		this.goLive = goLive;
		this.versions = versions;
		this.json = json;
		this.configurations = configurations;
		this.layers = layers;
		this.apiKeys = apiKeys;
		this.reader = reader;
		this.access = access;
		this.addresses = addresses;
	}

	@GetMapping
	List<MunicipalitySummary> list(Authentication staff) {
		return this.configurations.list()
			.stream()
			.filter((municipality) -> this.access.mayAdminister(staff, municipality.jurisdictionId()))
			.map(MunicipalitySummary::of)
			.toList();
	}

	@GetMapping("/{jurisdictionId}")
	ConfigurationView read(@PathVariable String jurisdictionId, Authentication staff) {
		return ConfigurationView.of(configured(jurisdictionId, staff));
	}

	@Operation(summary = "Configure a municipality: a new version of its whole configuration",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The whole configuration; at most 5 MB. Every problem is listed at once",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = MunicipalityConfiguration.class))))
	@PutMapping(path = "/{jurisdictionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Configurations.Applied configure(@PathVariable String jurisdictionId, HttpServletRequest request,
			Authentication staff) throws IOException {
		this.access.requireAdministrator(staff, jurisdictionId);
		MunicipalityConfiguration configuration = this.reader.configuration(request.getInputStream());
		return this.configurations.configure(jurisdictionId, configuration, this.access.name(staff));
	}

	@Operation(summary = "The go-live checklist: what holds, and what to do before residents use it")
	@GetMapping("/{jurisdictionId}/go-live")
	GoLive.Checklist goLive(@PathVariable String jurisdictionId, Authentication staff) {
		return this.goLive.of(configured(jurisdictionId, staff));
	}

	@Operation(summary = "The configuration's versions, newest first: who stored each and when")
	@GetMapping("/{jurisdictionId}/versions")
	List<ConfigurationVersions.Version> versions(@PathVariable String jurisdictionId, Authentication staff) {
		return this.versions.list(configured(jurisdictionId, staff));
	}

	@Operation(summary = "One version's configuration")
	@GetMapping("/{jurisdictionId}/versions/{version}")
	MunicipalityConfiguration version(@PathVariable String jurisdictionId, @PathVariable long version,
			Authentication staff) {
		return versionOf(configured(jurisdictionId, staff), version);
	}

	@Operation(summary = "What changed from one version to another, field by field")
	@GetMapping("/{jurisdictionId}/versions/{from}/changes/{to}")
	List<ConfigurationDiff.Change> changes(@PathVariable String jurisdictionId, @PathVariable long from,
			@PathVariable long to, Authentication staff) {
		Municipality municipality = configured(jurisdictionId, staff);
		return ConfigurationDiff.between(this.json.valueToTree(versionOf(municipality, from)),
				this.json.valueToTree(versionOf(municipality, to)));
	}

	@Operation(summary = "Restore an earlier version: stored as the next version, checked like any change")
	@PostMapping(path = "/{jurisdictionId}/versions/{version}/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
	Configurations.Applied restore(@PathVariable String jurisdictionId, @PathVariable long version,
			Authentication staff) {
		MunicipalityConfiguration earlier = versionOf(configured(jurisdictionId, staff), version);
		return this.configurations.configure(jurisdictionId, earlier, this.access.name(staff));
	}

	private Municipality configured(String jurisdictionId, Authentication staff) {
		this.access.requireAdministrator(staff, jurisdictionId);
		return this.configurations.find(jurisdictionId)
			.filter((municipality) -> municipality.configuration() != null)
			.orElseThrow(() -> new NotFoundException("Municipality " + jurisdictionId + " is not configured"));
	}

	private MunicipalityConfiguration versionOf(Municipality municipality, long version) {
		return this.versions.configuration(municipality, version)
			.orElseThrow(() -> new NotFoundException("Municipality " + municipality.jurisdictionId()
					+ " has no version " + version + "; its versions are 1 to " + municipality.version()));
	}

	@GetMapping("/{jurisdictionId}/layers")
	List<LayerView> layers(@PathVariable String jurisdictionId, Authentication staff) {
		this.access.requireAdministrator(staff, jurisdictionId);
		return this.layers.list(jurisdictionId).stream().map(LayerView::of).toList();
	}

	@GetMapping(path = "/{jurisdictionId}/layers/{layer}", produces = "application/geo+json")
	ResponseEntity<StreamingResponseBody> layer(@PathVariable String jurisdictionId, @PathVariable String layer,
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, defaultValue = "") String acceptEncoding,
			Authentication staff) {
		this.access.requireAdministrator(staff, jurisdictionId);
		checkLayerName(layer);
		MunicipalityLayer stored = this.layers.find(jurisdictionId, layer)
			.orElseThrow(() -> new NotFoundException("Layer " + layer + " of " + jurisdictionId + " is not imported"));
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.eTag(String.valueOf(stored.version()))
			.contentType(MediaType.parseMediaType("application/geo+json"));
		// stored gzip-compressed: sent as it is to a client that takes gzip, unpacked for
		// one that does not
		if (acceptEncoding.contains("gzip")) {
			return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body((out) -> out.write(stored.geometry()));
		}
		return answer.body((out) -> {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored.geometry()))) {
				in.transferTo(out);
			}
		});
	}

	@Operation(summary = "Import a layer of areas (wards, zones, districts), or dry-run it",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "A GeoJSON FeatureCollection of Polygon and MultiPolygon features in WGS84 "
							+ "longitude/latitude, each with its id and name among its properties; at most 50 MB",
					content = {
							@Content(mediaType = "application/geo+json",
									schema = @Schema(type = "object",
											description = "GeoJSON FeatureCollection (RFC 7946)")),
							@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(type = "object",
											description = "GeoJSON FeatureCollection (RFC 7946)")) }))
	@PutMapping("/{jurisdictionId}/layers/{layer}")
	Layers.Imported importLayer(@PathVariable String jurisdictionId, @PathVariable String layer,
			@RequestParam(name = "id_property", defaultValue = "id") String idProperty,
			@RequestParam(name = "name_property", defaultValue = "name") String nameProperty,
			@RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun, HttpServletRequest request,
			Authentication staff) throws IOException {
		this.access.requireAdministrator(staff, jurisdictionId);
		checkLayerName(layer);
		try (InputStream body = request.getInputStream()) {
			return this.layers.importLayer(jurisdictionId, layer, body, idProperty, nameProperty, dryRun,
					this.access.name(staff));
		}
	}

	@Operation(summary = "Import the municipality's address points, which place requests given by address alone",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "A GeoJSON FeatureCollection of Point features in WGS84 longitude/latitude, each "
							+ "with its civic address in address_property, or its number and street in "
							+ "number_property and street_property; at most 50 MB",
					content = {
							@Content(mediaType = "application/geo+json",
									schema = @Schema(type = "object",
											description = "GeoJSON FeatureCollection (RFC 7946)")),
							@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(type = "object",
											description = "GeoJSON FeatureCollection (RFC 7946)")) }))
	@PutMapping("/{jurisdictionId}/address-points")
	AddressPoints.Imported importAddressPoints(@PathVariable String jurisdictionId,
			@RequestParam(name = "address_property", defaultValue = "address") String addressProperty,
			@RequestParam(name = "number_property", required = false) String numberProperty,
			@RequestParam(name = "street_property", required = false) String streetProperty,
			@RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun, HttpServletRequest request,
			Authentication staff) throws IOException {
		this.access.requireAdministrator(staff, jurisdictionId);
		try (InputStream body = request.getInputStream()) {
			return this.addresses.importPoints(jurisdictionId, body, addressProperty, numberProperty, streetProperty,
					dryRun, this.access.name(staff));
		}
	}

	@Operation(summary = "The address points in use: their version and how many addresses")
	@GetMapping("/{jurisdictionId}/address-points")
	AddressPoints.AddressSet addressPoints(@PathVariable String jurisdictionId, Authentication staff) {
		this.access.requireAdministrator(staff, jurisdictionId);
		return this.addresses.current(jurisdictionId)
			.orElseThrow(() -> new NotFoundException("Municipality " + jurisdictionId + " has no address points"));
	}

	@Operation(summary = "Where an address would be placed: the address point it matches, if any")
	@GetMapping("/{jurisdictionId}/address-points/place")
	AddressPoints.Placement placeAddress(@PathVariable String jurisdictionId, @RequestParam String address,
			Authentication staff) {
		this.access.requireAdministrator(staff, jurisdictionId);
		if (address.length() > 500) {
			throw new BadRequestException("The address is longer than 500 characters");
		}
		return this.addresses.place(jurisdictionId, address);
	}

	@GetMapping("/{jurisdictionId}/api-keys")
	List<ApiKeyView> apiKeys(@PathVariable String jurisdictionId, Authentication staff) {
		this.access.requireAdministrator(staff, jurisdictionId);
		return this.apiKeys.list(jurisdictionId).stream().map(ApiKeyView::of).toList();
	}

	// JSON only: a cross-site form post cannot reach it with a browser's remembered
	// credentials
	@PostMapping(path = "/{jurisdictionId}/api-keys", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IssuedKeyView> issueKey(@PathVariable String jurisdictionId,
			@RequestBody(required = false) Map<String, String> body, Authentication staff) {
		this.access.requireAdministrator(staff, jurisdictionId);
		String label = (body != null) ? body.get("label") : null;
		ApiKeys.Issued issued = this.apiKeys.issue(jurisdictionId, label, this.access.name(staff))
			.orElseThrow(() -> new NotFoundException(
					"Municipality " + jurisdictionId + " is not configured: PUT its configuration first"));
		return ResponseEntity
			.created(URI.create("/admin/v1/municipalities/" + jurisdictionId + "/api-keys/" + issued.apiKey().id()))
			.body(new IssuedKeyView(ApiKeyView.of(issued.apiKey()), issued.key(),
					"Keep this key now: it is shown only once and cannot be recovered."));
	}

	@DeleteMapping("/{jurisdictionId}/api-keys/{keyId}")
	ResponseEntity<Void> revokeKey(@PathVariable String jurisdictionId, @PathVariable String keyId,
			Authentication staff) {
		this.access.requireAdministrator(staff, jurisdictionId);
		if (!this.apiKeys.revoke(jurisdictionId, keyId)) {
			throw new NotFoundException("Municipality " + jurisdictionId + " has no active key " + keyId);
		}
		return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
	}

	private static void checkLayerName(String layer) {
		if (!LayerKeys.NAME.matcher(layer).matches()) {
			throw new BadRequestException("Layer name '" + layer
					+ "' must be 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit");
		}
	}

	/** A stored configuration as the API shows it. */
	record ConfigurationView(String jurisdictionId, long version, Instant updatedAt, String updatedBy,
			MunicipalityConfiguration configuration) {

		static ConfigurationView of(Municipality municipality) {
			return new ConfigurationView(municipality.jurisdictionId(), municipality.version(),
					municipality.updatedAt(), municipality.updatedBy(), municipality.configuration());
		}

	}

	/** One line of the list of municipalities. */
	record MunicipalitySummary(String jurisdictionId, Map<String, String> name, long version, Instant updatedAt) {

		static MunicipalitySummary of(Municipality municipality) {
			return new MunicipalitySummary(municipality.jurisdictionId(),
					(municipality.configuration() != null) ? municipality.configuration().name() : Map.of(),
					municipality.version(), municipality.updatedAt());
		}

	}

	/** A stored layer without its polygons. */
	record LayerView(String layer, long version, int areaCount, Instant updatedAt, String updatedBy) {

		static LayerView of(MunicipalityLayer layer) {
			return new LayerView(layer.layer(), layer.version(), layer.areas().size(), layer.updatedAt(),
					layer.updatedBy());
		}

	}

	/** A key as listed: never the key, never its hash. */
	record ApiKeyView(String id, String label, Instant createdAt, String createdBy, Instant revokedAt) {

		static ApiKeyView of(ApiKey key) {
			return new ApiKeyView(key.id(), key.label(), key.createdAt(), key.createdBy(), key.revokedAt());
		}

	}

	/** A newly issued key, with the key itself. */
	record IssuedKeyView(ApiKeyView apiKey, String key, String notice) {
	}

}
