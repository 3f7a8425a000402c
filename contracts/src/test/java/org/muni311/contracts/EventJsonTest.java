package org.muni311.contracts;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EventJsonTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void submittedEventSurvivesAJsonRoundTrip() {
		EventEnvelope<ServiceRequestSubmitted> event = EventEnvelope.create(ServiceRequestSubmitted.TYPE,
				ServiceRequestSubmitted.VERSION, "demo.muni311.org", "r-1", Instant.parse("2026-11-26T10:15:30Z"),
				"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", new ServiceRequestSubmitted("pothole",
						"Pothole", new GeoPoint(43.65, -79.4), null, "Deep hole", "open311"));

		String wire = this.json.writeValueAsString(event);
		EventEnvelope<ServiceRequestSubmitted> read = this.json.readValue(wire, new TypeReference<>() {
		});

		assertThat(read).isEqualTo(event);
		assertThat(wire).contains("\"occurredAt\":\"2026-11-26T10:15:30Z\"");
	}

	@Test
	void statusChangedEventSurvivesAJsonRoundTrip() {
		EventEnvelope<ServiceRequestStatusChanged> event = EventEnvelope.create(ServiceRequestStatusChanged.TYPE,
				ServiceRequestStatusChanged.VERSION, "demo.muni311.org", "r-1", Instant.now(), null,
				new ServiceRequestStatusChanged(RequestStatus.ROUTED, "roads", "Roads", "ward-2", "Ward 2", null,
						"routing"));

		EventEnvelope<ServiceRequestStatusChanged> read = this.json
			.readValue(this.json.writeValueAsString(event), new TypeReference<>() {
			});

		assertThat(read).isEqualTo(event);
	}

	@Test
	void envelopeRefusesAnEventWithoutTenant() {
		assertThatNullPointerException().isThrownBy(() -> EventEnvelope.create("X", 1, null, "r-1", Instant.now(),
				null, new ReporterSubscribed(null, "en")));
	}

}
