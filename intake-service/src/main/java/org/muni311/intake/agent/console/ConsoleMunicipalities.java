package org.muni311.intake.agent.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every console page of a municipality needs: the municipality itself, its branding,
 * its dates.
 */
@Component
class ConsoleMunicipalities {

	private final Municipalities municipalities;

	ConsoleMunicipalities(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	/**
	 * The municipality {@code jurisdiction}, its branding added to {@code model}; 404
	 * when not served here.
	 */
	Municipality open(String jurisdiction, Model model, Locale locale) {
		Municipality municipality = this.municipalities.find(jurisdiction)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "not served here"));
		model.addAttribute("branding", PageBranding.of(municipality.configuration(), locale));
		model.addAttribute("jurisdiction", municipality.jurisdictionId());
		return municipality;
	}

	/**
	 * The name of {@code jurisdiction} in {@code locale}, or its id when it is not
	 * configured here.
	 */
	String name(String jurisdiction, Locale locale) {
		return this.municipalities.find(jurisdiction)
			.map((municipality) -> PageBranding.of(municipality.configuration(), locale).name())
			.orElse(jurisdiction);
	}

	/** {@code at} as the municipality's clock showed it, written for {@code locale}. */
	static String when(Municipality municipality, Instant at, Locale locale) {
		return (at != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(municipality.zone())
			.format(at) : "";
	}

	/** One request in a caller's list, as the page shows it. */
	record Row(String id, String service, String status, String requestedAt, String where) {

		static Row of(Municipality municipality, ServiceRequest request, Locale locale) {
			String service = municipality.service(request.serviceCode())
				.map((definition) -> PageBranding.localized(definition.name(), locale))
				.orElse(request.serviceName());
			String where = (request.addressString() != null) ? request.addressString()
					: (request.location() != null) ? request.location().lat() + ", " + request.location().lon() : "";
			return new Row(request.requestId(), service, request.currentStatus().status().name(),
					when(municipality, request.requestedAt(), locale), where);
		}

	}

}
