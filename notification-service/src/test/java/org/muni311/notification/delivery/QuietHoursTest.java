package org.muni311.notification.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final LocalTime NINE_PM = LocalTime.of(21, 0);

	private static final LocalTime EIGHT_AM = LocalTime.of(8, 0);

	@Test
	void aTextDueLateInTheEveningWaitsForEightInTheMorningLocalTime() {
		Instant lateEvening = Instant.parse("2026-11-27T03:30:00Z"); // 22:30 in Toronto

		assertThat(QuietHours.sendableAfter(lateEvening, TORONTO, NINE_PM, EIGHT_AM))
			.isEqualTo(Instant.parse("2026-11-27T13:00:00Z"));
	}

	@Test
	void aTextDueAfterMidnightWaitsForTheSameMorning() {
		Instant night = Instant.parse("2026-11-27T07:00:00Z"); // 02:00 in Toronto

		assertThat(QuietHours.sendableAfter(night, TORONTO, NINE_PM, EIGHT_AM))
			.isEqualTo(Instant.parse("2026-11-27T13:00:00Z"));
	}

	@Test
	void aTextDueInTheDaytimeGoesNow() {
		Instant noon = Instant.parse("2026-11-27T17:00:00Z");

		assertThat(QuietHours.sendableAfter(noon, TORONTO, NINE_PM, EIGHT_AM)).isNull();
		assertThat(QuietHours.sendableAfter(noon, TORONTO, EIGHT_AM, EIGHT_AM)).as("no quiet hours").isNull();
	}

}
