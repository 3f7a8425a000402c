package org.muni311.intake;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.muni311.contracts.GeoPoint;
import org.muni311.intake.duplicate.Duplicates;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate search over the real store finds a request filed just inside its radius,
 * whatever the radius and the latitude, and not one just outside: the cells it reads are
 * sized from both.
 */
class DuplicateRadiusIT extends Open311Setup {

	@Autowired
	Duplicates duplicates;

	@ParameterizedTest(name = "{0}° latitude, radius {1} m")
	@CsvSource({ "0, 50", "0, 500", "45, 50", "45, 500", "60, 50", "60, 500" })
	void findsARequestJustInsideTheRadiusEastOfThePointAndNotOneJustOutside(double lat, double radius) {
		// a longitude of its own per case: nothing filed by another case lies near
		double lon = -100 + ThreadLocalRandom.current().nextDouble(60);
		double degreesEast = Math.toDegrees(radius / 6_371_008.8) / Math.cos(Math.toRadians(lat));
		String inside = file(lat, lon + 0.97 * degreesEast);
		String outside = file(lat, lon + 1.05 * degreesEast);

		List<String> found = this.duplicates
			.near(Open311Fixtures.TENANT, "graffiti", new GeoPoint(lat, lon), radius, Duplicates.WINDOW)
			.stream()
			.map((candidate) -> candidate.request().requestId())
			.toList();

		assertThat(found).contains(inside).doesNotContain(outside);
	}

	private String file(double lat, double lon) {
		String body = "jurisdiction_id=" + Open311Fixtures.TENANT + "&api_key=" + Open311Fixtures.KEY
				+ "&service_code=graffiti&description=Tag&lat=" + String.format(Locale.ROOT, "%.7f", lat) + "&long="
				+ String.format(Locale.ROOT, "%.7f", lon);
		Open311Client.Answer answer = this.open311.post("/requests.json", FORM, body);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return (String) answer.first().get("service_request_id");
	}

}
