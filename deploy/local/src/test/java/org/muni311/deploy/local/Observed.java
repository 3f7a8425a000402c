package org.muni311.deploy.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.assertj.core.api.SoftAssertions;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see of the platform: each service's scrape on its management port, the
 * Kafka headers of a request's events, the services' logs. Used by
 * {@link PlatformEndToEndIT} for issue 16's acceptance.
 */
final class Observed {

	static final String DEMO = "demo.muni311.org";

	private final HttpClient http = HttpClient.newHttpClient();

	private final int intake;

	private final int routing;

	private final int notification;

	Observed(int intakePort, int routingPort, int notificationPort) {
		this.intake = intakePort;
		this.routing = routingPort;
		this.notification = notificationPort;
	}

	/** The three scrapes, now. */
	Readings read() throws Exception {
		return new Readings(Scrape.of(this.intake + Service.MANAGEMENT_PORT_OFFSET),
				Scrape.of(this.routing + Service.MANAGEMENT_PORT_OFFSET),
				Scrape.of(this.notification + Service.MANAGEMENT_PORT_OFFSET));
	}

	static String newTraceId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return String.format("%016x%016x", random.nextLong(), random.nextLong());
	}

	/** POSTs an Open311 request as a caller in trace {@code traceId}; returns its id. */
	String postTraced(String form, String traceId) throws Exception {
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.intake + "/open311/v2/requests.json"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
		return answer.body().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
	}

	/** A resident says "me too" to request {@code id}. */
	void follow(String id, String email) throws Exception {
		HttpResponse<String> followed = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.intake + "/intake/v1/requests/" + id + "/followers"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"jurisdiction_id\":\"" + DEMO + "\",\"api_key\":"
					+ "\"demo-api-key\",\"email\":\"" + email + "\",\"language\":\"en\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
	}

	/**
	 * One refused submission; one request filed by Open311, followed by one resident,
	 * routed, claimed, started, resolved and closed; ten mails (five to the reporter, the
	 * confirmation and four status notices to the follower), nine of them status notices.
	 */
	void assertMovedBy(Readings before, Readings after) {
		Map<String, String> demo = Map.of("municipality", DEMO);
		SoftAssertions moved = new SoftAssertions();
		moved
			.assertThat(delta(before.intake(), after.intake(), "muni311_requests_received_total",
					Map.of("municipality", DEMO, "channel", "open311")))
			.as("received")
			.isEqualTo(1);
		moved
			.assertThat(delta(before.intake(), after.intake(), "muni311_requests_refused_total",
					Map.of("channel", "open311")))
			.as("refused")
			.isEqualTo(1);
		moved.assertThat(delta(before.intake(), after.intake(), "muni311_requests_duplicates_joined_total", demo))
			.as("joined")
			.isEqualTo(1);
		moved.assertThat(delta(before.intake(), after.intake(), "muni311_e2e_submitted_to_closed_seconds_count", demo))
			.as("submitted to closed")
			.isEqualTo(1);
		moved
			.assertThat(delta(before.routing(), after.routing(), "muni311_routing_decisions_total",
					Map.of("municipality", DEMO, "triage_reason", "none")))
			.as("decisions")
			.isEqualTo(1);
		moved.assertThat(delta(before.routing(), after.routing(), "muni311_routing_decision_time_seconds_count"))
			.as("decision time")
			.isEqualTo(1);
		moved
			.assertThat(delta(before.routing(), after.routing(), "muni311_e2e_submitted_to_routed_seconds_count", demo))
			.as("submitted to routed")
			.isEqualTo(1);
		moved.assertThat(delta(before.routing(), after.routing(), "muni311_workitems_opened_total", demo))
			.as("opened")
			.isEqualTo(1);
		moved.assertThat(delta(before.routing(), after.routing(), "muni311_workitems_closed_total", demo))
			.as("closed")
			.isEqualTo(1);
		Map<String, String> email = Map.of("channel", "email");
		moved.assertThat(delta(before.notification(), after.notification(), "muni311_notification_sent_total", email))
			.as("sent")
			.isEqualTo(10);
		moved
			.assertThat(delta(before.notification(), after.notification(), "muni311_notification_delay_seconds_count",
					email))
			.as("status change to notice")
			.isEqualTo(9);
		moved
			.assertThat(delta(before.notification(), after.notification(),
					"muni311_e2e_submitted_to_first_notice_seconds_count", email))
			.as("submitted to first notice")
			.isEqualTo(1);
		for (Scrape scrape : after.all()) {
			moved.assertThat(scrape.has("mongodb_driver_commands_seconds")).as("store latency").isTrue();
			moved.assertThat(scrape.has("spring_cloud_stream_binder_kafka_offset")).as("consumer lag").isTrue();
			moved.assertThat(scrape.has("muni311_kafka_dead_lettered")).as("dead-lettered").isTrue();
			moved.assertThat(scrape.sum("muni311_kafka_dead_lettered_total")).as("nothing dead-lettered").isZero();
		}
		moved.assertAll();
	}

	/**
	 * The caller's trace id is in the {@code traceparent} header of every event the POST
	 * caused (submitted, the reporter's subscription, routed) and in every service's log.
	 */
	void assertTraced(String id, String traceId, KafkaTestClient kafka, Path data) throws Exception {
		for (String topic : new String[] { Topics.REQUESTS_SUBMITTED, Topics.REQUESTS_SUBSCRIPTIONS,
				Topics.REQUESTS_STATUS_CHANGED }) {
			assertThat(kafka.readAll(topic)
				.stream()
				.filter((record) -> id.equals(record.key()))
				.filter((record) -> !topic.equals(Topics.REQUESTS_STATUS_CHANGED)
						|| record.value().contains("\"status\":\"ROUTED\""))
				.filter((record) -> !record.value().contains("\"role\":\"follower\"")))
				.as("the events on %s caused by the POST", topic)
				.isNotEmpty()
				.allSatisfy((record) -> assertThat(traceParent(record)).as(topic).contains(traceId));
		}
		for (String service : new String[] { "intake-service", "routing-service", "notification-service" }) {
			assertThat(Files.readAllLines(data.resolve("logs/" + service + ".log"))).as("%s logs the trace", service)
				.anySatisfy((line) -> assertThat(line).contains(traceId).contains(id));
		}
	}

	private static String traceParent(ConsumerRecord<String, String> record) {
		Header header = record.headers().lastHeader("traceparent");
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : "";
	}

	private static double delta(Scrape before, Scrape after, String name, Map<String, String> labels) {
		return after.sum(name, labels) - before.sum(name, labels);
	}

	private static double delta(Scrape before, Scrape after, String name) {
		return delta(before, after, name, Map.of());
	}

	/** The three services' scrapes at one moment. */
	record Readings(Scrape intake, Scrape routing, Scrape notification) {

		Scrape[] all() {
			return new Scrape[] { this.intake, this.routing, this.notification };
		}

	}

}
