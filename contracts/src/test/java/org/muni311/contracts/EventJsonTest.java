package org.muni311.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.municipality.LayerGeometry;
import org.muni311.contracts.municipality.LayerPublished;
import org.muni311.contracts.municipality.LayerPublished.LayerArea;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Branding;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Contact;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Crew;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Department;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.contracts.municipality.ServiceDefinition.AttributeValue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Pins the wire format: each event is read from, and written back to, a fixed JSON sample
 * kept beside this test. Renaming a field, changing a type or a date format breaks one of
 * these, as it would break a reader in another service.
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
		EventEnvelope<ServiceRequestStatusChanged> event = new EventEnvelope<>("0d9e8f7a-1b2c-4d3e-8f40-5a6b7c8d9e0f",
				ServiceRequestStatusChanged.TYPE, ServiceRequestStatusChanged.VERSION, "demo.muni311.org", "7K2M9QXRTB",
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
				Instant.parse("2026-11-26T10:15:30Z"), null,
				ReporterSubscribed.byEmail("resident@example.org", "fr", "open311"));

		assertMatchesSample(event, "reporter-subscribed.json", new TypeReference<>() {
		});
	}

	@Test
	void escalatedEventMatchesItsWireSample() throws IOException {
		EventEnvelope<ServiceRequestEscalated> event = new EventEnvelope<>("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
				ServiceRequestEscalated.TYPE, ServiceRequestEscalated.VERSION, "demo.muni311.org", "7K2M9QXRTB",
				Instant.parse("2026-11-28T10:15:31Z"), null, new ServiceRequestEscalated(2, "roads",
						"Roads and Sidewalks", "roads-west", Instant.parse("2026-11-28T10:15:30Z")));

		assertMatchesSample(event, "service-request-escalated.json", new TypeReference<>() {
		});
	}

	@Test
	void municipalityConfiguredEventMatchesItsWireSample() throws IOException {
		Contact contact = new Contact("311@demo.muni311.org", "311", "https://demo.muni311.org");
		ServiceDefinition pothole = new ServiceDefinition("pothole", Map.of("en", "Pothole", "fr", "Nid-de-poule"),
				Map.of("en", "A hole in the road"), "streets", List.of("hole", "trou"), "realtime",
				List.of(new Attribute("size", "singlevaluelist", true, true, 1, Map.of("en", "How large is it?"),
						Map.of("en", "Pick one"),
						List.of(new AttributeValue("small", Map.of("en", "Smaller than a plate"))))),
				48);
		MunicipalityConfiguration configuration = new MunicipalityConfiguration("demo.muni311.org",
				Map.of("en", "Demo City", "fr", "Ville démo"), "America/Toronto", List.of("en", "fr"), contact,
				new Branding("Demo City", "#1a5a96", "#ffffff", "https://demo.muni311.org/logo.png"),
				List.of(new ServiceGroup("streets", Map.of("en", "Streets", "fr", "Rues"))), List.of(pothole),
				List.of(new Department("roads", Map.of("en", "Roads and Sidewalks"),
						new Contact("roads@demo.muni311.org", null, null))),
				List.of(new Crew("roads-west", "roads", Map.of("en", "West crew"))),
				List.of(new RoutingRule("pothole", null, "wards", "ward-1", "roads", "roads-west", 10)), "roads");
		EventEnvelope<MunicipalityConfigured> event = new EventEnvelope<>("1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6",
				MunicipalityConfigured.TYPE, MunicipalityConfigured.VERSION, "demo.muni311.org", null,
				Instant.parse("2026-11-20T09:00:01.500Z"), null, new MunicipalityConfigured(7, configuration));

		assertMatchesSample(event, "municipality-configured.json", new TypeReference<>() {
		});
	}

	@Test
	void layerPublishedEventMatchesItsWireSampleWhoseGeometryDecodes() throws IOException {
		String geometry = this.json.readTree(sample("layer-published.json"))
			.path("payload")
			.path("geometry")
			.asString();
		EventEnvelope<LayerPublished> event = new EventEnvelope<>("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
				LayerPublished.TYPE, LayerPublished.VERSION, "demo.muni311.org", null,
				Instant.parse("2026-11-20T09:00:00Z"), null, new LayerPublished("wards", 3,
						List.of(new LayerArea("ward-1", "Ward 1"), new LayerArea("ward-2", "Ward 2")), geometry));

		assertMatchesSample(event, "layer-published.json", new TypeReference<>() {
		});
		// the geometry is a format of its own: the sample's must still decode to the same
		// areas
		assertThat(LayerGeometry.decode(geometry)).satisfiesExactly((ward1) -> {
			assertThat(ward1.id()).isEqualTo("ward-1");
			assertThat(ward1.name()).isEqualTo("Ward 1");
			assertThat(ward1.geometry().getGeometryType()).isEqualTo("Polygon");
			assertThat(ward1.geometry().getEnvelopeInternal().getMinX()).isEqualTo(-79.4);
		}, (ward2) -> {
			assertThat(ward2.id()).isEqualTo("ward-2");
			assertThat(ward2.geometry().getNumGeometries()).isEqualTo(2);
			assertThat(ward2.geometry().getEnvelopeInternal().getMaxY()).isEqualTo(43.66);
			assertThat(ward2.geometry().getCoordinates()).extracting((c) -> c.x).contains(-79.3650001);
		});
	}

	@Test
	void envelopeRefusesAnEventWithoutTenant() {
		assertThatNullPointerException().isThrownBy(() -> EventEnvelope.create("X", 1, null, "r-1", Instant.now(), null,
				ReporterSubscribed.byEmail(null, "en", "open311")));
	}

	private <T> void assertMatchesSample(EventEnvelope<T> event, String sample, TypeReference<EventEnvelope<T>> type)
			throws IOException {
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
