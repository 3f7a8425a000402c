package org.muni311.intake.open311;

import org.muni311.intake.config.IntakeProperties;
import org.muni311.intake.request.Text;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The municipality an Open311 call names with {@code jurisdiction_id}, or the
 * deployment's default.
 */
@Component
class Open311Municipalities {

	private final Municipalities municipalities;

	private final IntakeProperties properties;

	Open311Municipalities(Municipalities municipalities, IntakeProperties properties) {
		this.municipalities = municipalities;
		this.properties = properties;
	}

	/**
	 * The municipality; a 400 when none is named and there is no default, a 404 when it
	 * is not served here.
	 */
	Municipality named(String jurisdictionId) {
		String id = (jurisdictionId == null || jurisdictionId.isBlank()) ? this.properties.defaultJurisdictionId()
				: jurisdictionId.strip();
		if (id == null || id.isBlank()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "jurisdiction_id is required");
		}
		if (id.length() > 200 || !Text.clean(id, false)) {
			throw new Open311Exception(HttpStatus.NOT_FOUND, "jurisdiction_id is not served here");
		}
		return this.municipalities.find(id)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND,
					"jurisdiction_id '" + id + "' is not served here"));
	}

}
