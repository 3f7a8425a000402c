package org.muni311.intake.open311;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.intake.request.StatusEntry;

/**
 * The JSON shapes of GeoReport v2 answers. Built from domain records; never the stored
 * documents themselves.
 */
final class Open311Views {

	private Open311Views() {
	}

	/** One entry of {@code services.json}. */
	record ServiceView(@JsonProperty("service_code") String serviceCode,
			@JsonProperty("service_name") String serviceName, String description, boolean metadata, String type,
			String keywords, String group) {

		static ServiceView of(ServiceDefinition service, MunicipalityConfiguration municipality) {
			String language = municipality.defaultLanguage();
			String group = municipality.groups()
				.stream()
				.filter((candidate) -> candidate.code().equals(service.group()))
				.findFirst()
				.map(ServiceGroup::name)
				.map((names) -> municipality.text(names, language))
				.orElse(null);
			return new ServiceView(service.code(), municipality.text(service.name(), language),
					municipality.text(service.description(), language), !service.attributes().isEmpty(),
					(service.type() != null) ? service.type() : "realtime",
					service.keywords().isEmpty() ? null : String.join(",", service.keywords()), group);
		}

	}

	/**
	 * {@code services/{code}.json}: a service and the questions it asks, in the
	 * municipality's default language.
	 */
	record ServiceDefinitionView(@JsonProperty("service_code") String serviceCode, List<AttributeView> attributes) {

		static ServiceDefinitionView of(ServiceDefinition service, MunicipalityConfiguration municipality) {
			String language = municipality.defaultLanguage();
			return new ServiceDefinitionView(service.code(), service.attributes()
				.stream()
				.sorted(Comparator.comparingInt(Attribute::order))
				.map((attribute) -> new AttributeView(attribute.variable(), attribute.code(), attribute.datatype(),
						attribute.required(), municipality.text(attribute.datatypeDescription(), language),
						attribute.order(), municipality.text(attribute.description(), language),
						attribute.values()
							.stream()
							.map((value) -> new ValueView(value.key(), municipality.text(value.name(), language)))
							.toList()))
				.toList());
		}

	}

	/** One attribute of a service definition, as GeoReport v2 names its fields. */
	record AttributeView(boolean variable, String code, String datatype, boolean required,
			@JsonProperty("datatype_description") String datatypeDescription, int order, String description,
			List<ValueView> values) {
	}

	/** One choice of a list attribute. */
	record ValueView(String key, String name) {
	}

	/**
	 * The answer to a submission: the request's id, or for a batch service a token to ask
	 * for it by.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SubmittedView(@JsonProperty("service_request_id") String serviceRequestId, String token,
			@JsonProperty("service_notice") String serviceNotice, @JsonProperty("account_id") String accountId) {
	}

	/** The answer to {@code GET tokens/{token}}. */
	record TokenView(@JsonProperty("service_request_id") String serviceRequestId, String token) {
	}

	/**
	 * One entry of {@code requests} and {@code requests/{id}}: public fields only, no
	 * contact data.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record RequestView(@JsonProperty("service_request_id") String serviceRequestId, String status,
			@JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
			@JsonProperty("service_code") String serviceCode, String description,
			@JsonProperty("agency_responsible") String agencyResponsible,
			@JsonProperty("service_notice") String serviceNotice,
			@JsonProperty("requested_datetime") String requestedDatetime,
			@JsonProperty("updated_datetime") String updatedDatetime,
			@JsonProperty("expected_datetime") String expectedDatetime, String address,
			@JsonProperty("address_id") String addressId, String zipcode, Double lat, @JsonProperty("long") Double lon,
			@JsonProperty("media_url") String mediaUrl) {

		static RequestView of(ServiceRequest request, ZoneId zone) {
			StatusEntry current = request.currentStatus();
			return new RequestView(request.requestId(), current.status().isClosed() ? "closed" : "open",
					current.notes(), request.serviceName(), request.serviceCode(), request.description(),
					current.agencyResponsible(), null, W3c.format(request.requestedAt(), zone),
					W3c.format(request.updatedAt(), zone), W3c.format(current.expectedAt(), zone),
					request.addressString(), request.addressId(), null,
					(request.location() != null) ? request.location().lat() : null,
					(request.location() != null) ? request.location().lon() : null, request.mediaUrl());
		}

	}

}
