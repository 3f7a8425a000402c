package org.muni311.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.routing.NycData.Row;
import org.muni311.routing.municipality.RoutingMaps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The acceptance test on real data, run when {@code ../shared/data/nyc} exists beside the
 * project: New York City's boroughs and community districts as layers, its complaint
 * types routed to the agencies it recorded, and its 2,000 requests of 2011 replayed as
 * {@code ServiceRequestSubmitted} events into routing (what intake publishes for each
 * Open311 POST; the walk through intake's Open311 API itself is the platform end-to-end
 * test's). Prints the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
class NycRoutingIT {

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@Autowired
	KafkaTemplate<String, String> producer;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@Test
	void routesNewYorksRequestsToTheAgencyAndBoroughTheCityRecordedAndTheUnlocatedToTriage() {
		Assumptions.assumeTrue(NycData.present(), "Skipped: the NYC data is not at " + NycData.FOLDER.toAbsolutePath()
				+ " (../shared/data/nyc from the project root)");
		List<Row> rows = NycData.requests();
		Map<String, String> boroughs = NycData.boroughs(this.json);
		this.kafka.send(Topics.MUNICIPALITIES_LAYERS, NycData.TENANT + ":boroughs",
				NycData.layer(this.json, "boroughs", "boroughs.geojson", "BoroCode", "BoroName"));
		this.kafka.send(Topics.MUNICIPALITIES_LAYERS, NycData.TENANT + ":districts",
				NycData.layer(this.json, "districts", "community_districts.geojson", "BoroCD", "BoroCD"));
		this.kafka.send(Topics.MUNICIPALITIES_CONFIG, NycData.TENANT, NycData.configured(this.json, rows, boroughs));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.maps.of(NycData.TENANT).filter((map) -> map.layers().size() == 2).isPresent());

		String run = "nyc-" + Long.toString(System.nanoTime(), 36) + "-";
		long started = System.nanoTime();
		// one producer for all (the test client opens one per record)
		for (Row row : rows) {
			this.producer.send(Topics.REQUESTS_SUBMITTED, run + row.key(), submitted(run + row.key(), row));
		}
		this.producer.flush();
		await().atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> routed(run).size() == rows.size());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		Map<String, JsonNode> decisions = routed(run);

		List<Row> located = rows.stream().filter((row) -> row.point() != null).toList();
		List<Row> withBorough = located.stream()
			.filter((row) -> boroughs.values()
				.stream()
				.anyMatch((name) -> name.toUpperCase(Locale.ROOT).equals(row.borough())))
			.toList();
		List<Row> unlocated = rows.stream().filter((row) -> row.point() == null).toList();
		long toAgency = located.stream()
			.filter((row) -> row.agency().equals(decisions.get(run + row.key()).path("departmentCode").asString()))
			.count();
		long inBorough = withBorough.stream()
			.filter((row) -> row.borough()
				.equals(decisions.get(run + row.key()).path("areaName").asString().toUpperCase(Locale.ROOT)))
			.count();
		// rules by service alone take a request without a location too
		long unlocatedToAgency = unlocated.stream()
			.filter((row) -> row.agency().equals(decisions.get(run + row.key()).path("departmentCode").asString()))
			.count();
		System.out.printf(Locale.ROOT, "NYC routing: %d requests replayed, routed in %.1f s%n", rows.size(),
				took.toMillis() / 1000.0);
		System.out.printf(Locale.ROOT, "  with coordinates: %d, routed to the recorded agency: %d (%.2f%%)%n",
				located.size(), toAgency, 100.0 * toAgency / located.size());
		System.out.printf(Locale.ROOT, "  with coordinates and a borough: %d, landed in it: %d (%.2f%%)%n",
				withBorough.size(), inBorough, 100.0 * inBorough / withBorough.size());
		System.out.printf(Locale.ROOT, "  without coordinates: %d, routed to the recorded agency: %d%n",
				unlocated.size(), unlocatedToAgency);

		assertThat(located).hasSizeGreaterThan(1000);
		assertThat((double) toAgency / located.size()).isGreaterThanOrEqualTo(0.99);
		assertThat((double) inBorough / withBorough.size()).isGreaterThanOrEqualTo(0.99);
		assertThat((double) unlocatedToAgency).isGreaterThanOrEqualTo(0.99 * unlocated.size());
	}

	private String submitted(String id, Row row) {
		return this.json.writeValueAsString(
				EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, NycData.TENANT, id, Instant.now(), null,
						new ServiceRequestSubmitted(row.service(), row.service(), row.point(), null, null, "open311")));
	}

	/** The payload of each request's ROUTED event, by request id. */
	private Map<String, JsonNode> routed(String run) {
		return this.kafka.readAll(Topics.REQUESTS_STATUS_CHANGED)
			.stream()
			.filter((record) -> record.key() != null && record.key().startsWith(run))
			.map(ConsumerRecord::value)
			.map((value) -> this.json.readTree(value))
			.filter((event) -> "ROUTED".equals(event.at("/payload/status").asString()))
			.collect(Collectors.toMap((event) -> event.path("requestId").asString(), (event) -> event.path("payload"),
					(first, second) -> first));
	}

}
