package org.muni311.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Pins the wire format: each event is read from, and written back to, a fixed JSON sample kept beside this test.
 * Renaming a field, changing a type or a date format breaks one of these, as it would break a reader in another
 * service.
 */
class EventJsonTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void submittedEventMatchesItsWireSample() throws IOException {
		EventEnvelope<ServiceRequestSubmitted> event = new EventEnvelope<>("5b0c2f4e-7d59-4c1a-9a57-6f0d1c2b3a41",
				ServiceRequestSubmitted.TYPE, ServiceRequestSubmitted.VERSION, "demo.muni311.org", "7K2M9QXRTB",
				Instant.parse("2026-11-26T10:15:30Z"), "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
				new ServiceRequestSubmitted("pothole", "Pothole", new GeoPoint(43.65, -79.4), null, "Deep hole",
						"open311"));

		assertMatchesSample(event, "service-request-submitted.json", new TypeReference<>() {
		});
	}

	@Test
	void statusChangedEventMatchesItsWireSample() throws IOException {
		EventEnvelope<ServiceRequestStatusChanged> event = new EventEnvelope<>(
				"0d9e8f7a-1b2c-4d3e-8f40-5a6b7c8d9e0f", ServiceRequestStatusChanged.TYPE,
				ServiceRequestStatusChanged.VERSION, "demo.muni311.org", "7K2M9QXRTB",
				Instant.parse("2026-11-26T10:15:31.250Z"), null,
				new ServiceRequestStatusChanged(1, RequestStatus.ROUTED, "roads", "Roads and Sidewalks", null, "ward-2",
						"Ward 2", "Routed to Roads and Sidewalks, Ward 2.", "routing", null));

		assertMatchesSample(event, "service-request-status-changed.json", new TypeReference<>() {
		});
	}

	@Test
	void reporterSubscribedEventMatchesItsWireSample() throws IOException {
		EventEnvelope<ReporterSubscribed> event = new EventEnvelope<>("a1b2c3d4-e5f6-4711-8899-aabbccddeeff",
				ReporterSubscribed.TYPE, ReporterSubscribed.VERSION, "demo.muni311.org", "7K2M9QXRTB",
				Instant.parse("2026-11-26T10:15:30Z"), null, ReporterSubscribed.byEmail("resident@example.org", "fr", "open311"));

		assertMatchesSample(event, "reporter-subscribed.json", new TypeReference<>() {
		});
	}

	@Test
	void envelopeRefusesAnEventWithoutTenant() {
		assertThatNullPointerException().isThrownBy(() -> EventEnvelope.create("X", 1, null, "r-1", Instant.now(),
				null, ReporterSubscribed.byEmail(null, "en", "open311")));
	}

	private <T> void assertMatchesSample(EventEnvelope<T> event, String sample,
			TypeReference<EventEnvelope<T>> type) throws IOException {
		String wire = sample(sample);
		assertThat(this.json.readValue(wire, type)).as("read from the sample").isEqualTo(event);
		JsonNode written = this.json.readTree(this.json.writeValueAsString(event));
		assertThat(written).as("written like the sample").isEqualTo(this.json.readTree(wire));
	}

	private static String sample(String name) throws IOException {
		try (InputStream in = EventJsonTest.class.getResourceAsStream("/wire/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
