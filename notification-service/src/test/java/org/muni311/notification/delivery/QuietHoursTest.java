package org.muni311.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
	void quietHoursPerMunicipalityOverrideTheDefaultAndAMistypedOneFailsTheStart() {
		SenderProperties.Sms sms = new SenderProperties.Sms(null, null, null, "Muni311", Duration.ofSeconds(2),
				Duration.ofSeconds(5), "21:00-08:00", Map.of("night.example", "23:00-06:30", "loud.example", ""));

		assertThat(sms.quietHoursOf("any.example")).containsExactly(NINE_PM, EIGHT_AM);
		assertThat(sms.quietHoursOf("night.example")).containsExactly(LocalTime.of(23, 0), LocalTime.of(6, 30));
		assertThat(sms.quietHoursOf("loud.example")).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SenderProperties.Sms(null, null, null, "M", Duration.ofSeconds(2),
					Duration.ofSeconds(5), "21:00", Map.of()))
			.withMessageContaining("HH:mm-HH:mm");
	}

	@Test
	void aTextDueInTheDaytimeGoesNow() {
		Instant noon = Instant.parse("2026-11-27T17:00:00Z");

		assertThat(QuietHours.sendableAfter(noon, TORONTO, NINE_PM, EIGHT_AM)).isNull();
		assertThat(QuietHours.sendableAfter(noon, TORONTO, EIGHT_AM, EIGHT_AM)).as("no quiet hours").isNull();
	}

}
