package org.muni311.municipality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.municipality.Municipality.ApiKey;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@RequestMapping(path = "/admin/v1/municipalities", produces = MediaType.APPLICATION_JSON_VALUE)
class MunicipalityAdminController {

	private final Configurations configurations;

	private final Layers layers;

	private final ApiKeys apiKeys;

	private final AdminRequestReader reader;

	private final StaffAccess access;

	MunicipalityAdminController(Configurations configurations, Layers layers, ApiKeys apiKeys,
			AdminRequestReader reader, StaffAccess access) {
		this.configurations = configurations;
		this.layers = layers;
		this.apiKeys = apiKeys;
		this.reader = reader;
		this.access = access;
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
		this.access.requireAdministrator(staff, jurisdictionId);
		return this.configurations.find(jurisdictionId)
			.filter((municipality) -> municipality.configuration() != null)
			.map(ConfigurationView::of)
			.orElseThrow(() -> new NotFoundException("Municipality " + jurisdictionId + " is not configured"));
	}

	@PutMapping(path = "/{jurisdictionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Configurations.Applied configure(@PathVariable String jurisdictionId, HttpServletRequest request,
			Authentication staff) throws IOException {
		this.access.requireAdministrator(staff, jurisdictionId);
		MunicipalityConfiguration configuration = this.reader.configuration(request.getInputStream());
		return this.configurations.configure(jurisdictionId, configuration, this.access.name(staff));
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
