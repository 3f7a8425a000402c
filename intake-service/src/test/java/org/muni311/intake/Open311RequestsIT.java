package org.muni311.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.intake.Open311Client.Answer;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.intake.request.StatusEntry;

import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET requests} with its filters and defaults, the Idempotency-Key of a POST, and
 * the status updates feed ({@code servicerequestupdates}, with
 * {@code expected_datetime}).
 */
class Open311RequestsIT extends Open311Setup {

	private String submit(String service, String extra, String... headers) {
		return submitOnce(service, "Listed", extra, headers);
	}

	private String submitOnce(String service, String description, String extra, String... headers) {
		Answer answer = this.open311.post("/requests.json", FORM, Open311Fixtures.form(service, description, extra),
				headers);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return (String) answer.first().get("service_request_id");
	}

	private List<Object> ids(String query) {
		Answer answer = this.open311.get("/requests.json" + T + query);
		assertThat(answer.status()).as(query + ": " + answer.raw()).isEqualTo(200);
		return answer.body().stream().map((request) -> request.get("service_request_id")).toList();
	}

	@Test
	void filtersTheListByIdServiceDatesAndStatus() {
		String sign = submit("sign", "&attribute%5Bkind%5D=damaged");
		String graffiti = submit("graffiti", "");
		String future = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

		assertThat(ids("&service_code=graffiti")).contains(graffiti).doesNotContain(sign);
		assertThat(ids("&service_request_id=" + sign + "," + graffiti + "&service_code=graffiti"))
			.as("a list of ids overrides the other filters")
			.containsExactlyInAnyOrder(sign, graffiti);
		assertThat(ids("&status=open")).contains(sign, graffiti);
		assertThat(ids("&status=closed")).doesNotContain(sign, graffiti);
		assertThat(ids("&start_date=" + future)).isEmpty();
		assertThat(ids("&end_date=2020-01-01T00:00:00Z")).isEmpty();
		assertThat(this.open311.get("/requests.json" + T + "&status=lost").status()).isEqualTo(400);
		assertThat(this.open311.get("/requests.json" + T + "&start_date=" + future + "&end_date=2020-01-01T00:00:00Z")
			.status()).isEqualTo(400);
	}

	@Test
	void pagesTheListNewestFirst() {
		submit("graffiti", "");
		submit("graffiti", "");
		List<Object> all = ids("&service_code=graffiti");

		assertThat(ids("&service_code=graffiti&page_size=1")).containsExactly(all.get(0));
		assertThat(ids("&service_code=graffiti&page_size=1&page=2")).containsExactly(all.get(1));
		assertThat(this.open311.get("/requests.json" + T + "&page_size=1001").status()).isEqualTo(400);
		assertThat(this.open311.get("/requests.json" + T + "&page=0").status()).isEqualTo(400);
	}

	@Test
	void listsTheLast90DaysUnlessAskedForOlder() {
		String old = "OLD" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
		Instant at = Instant.now().minus(100, ChronoUnit.DAYS);
		this.mongo.insert(new ServiceRequest(ServiceRequest.keyOf(Open311Fixtures.TENANT, old), Open311Fixtures.TENANT,
				old, "graffiti", "Graffiti", "Old", new GeoPoint(45.4, -75.7), null, null, null, "open311", null, "en",
				at, at, 0, Map.of("0", new StatusEntry(RequestStatus.SUBMITTED, null, null, at, null)), List.of(),
				Map.of(), null));

		assertThat(ids("")).doesNotContain(old);
		assertThat(ids("&start_date=" + at.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))).contains(old);
		assertThat(ids("&service_request_id=" + old)).containsExactly(old);
	}

	@Test
	void answersARetriedPostWithTheFirstAnswerAndFilesItOnce() {
		String key = UUID.randomUUID().toString();
		long before = this.mongo.count(new Query(), ServiceRequest.class);

		String first = submitOnce("graffiti", "Retried", "", "Idempotency-Key", key);
		String retry = submitOnce("graffiti", "Retried", "", "Idempotency-Key", key);
		Answer reused = this.open311.post("/requests.json", FORM,
				Open311Fixtures.form("graffiti", "Something else", ""), "Idempotency-Key", key);

		assertThat(retry).isEqualTo(first);
		assertThat(this.mongo.count(new Query(), ServiceRequest.class)).isEqualTo(before + 1);
		assertThat(reused.status()).isEqualTo(422);
		assertThat(submitOnce("graffiti", "Retried", "", "Idempotency-Key", key + "-other"))
			.as("another key is another request")
			.isNotEqualTo(first);
		KafkaTestClient kafka = KafkaTestClient.shared();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(kafka.readAll(Topics.REQUESTS_SUBMITTED))
				.filteredOn((record) -> first.equals(record.key()))
				.hasSize(1));
	}

	@Test
	void keepsContactDeviceAndAccountDataOutOfPublicReads() {
		Answer posted = this.open311.post("/requests.json", FORM, "jurisdiction_id=" + Open311Fixtures.TENANT
				+ "&api_key=" + Open311Fixtures.KEY + "&service_code=graffiti&address_id=ADDR-77"
				+ "&email=hidden%40example.org&phone=%2B16135550199&first_name=Hidden&last_name=Person"
				+ "&device_id=device-secret&account_id=account-secret&media_url=https%3A%2F%2Fphotos.example%2F1.jpg"
				+ "&description=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
		assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
		assertThat(posted.first()).as("the spec echoes account_id to the client that sent it")
			.containsEntry("account_id", "account-secret");
		String id = (String) posted.first().get("service_request_id");

		for (String path : List.of("/requests/" + id + ".json" + T, "/requests/" + id + ".xml" + T,
				"/requests.json" + T + "&service_request_id=" + id,
				"/requests.xml" + T + "&service_request_id=" + id)) {
			String raw = this.open311.get(path).raw();
			assertThat(raw).as(path)
				.contains("ADDR-77", "https://photos.example/1.jpg")
				.doesNotContain("hidden@example.org", "6135550199", "Hidden", "Person", "device-secret",
						"account-secret");
			if (path.contains(".xml")) {
				assertThat(raw).as("no markup of residents' text in XML").doesNotContain("<script>");
			}
		}
		assertThat(this.open311.get("/requests/" + id + ".xml" + T).raw()).as("text stored as given, escaped")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void showsCrewsUpdatesAndTheExpectedDatetime() {
		String id = submit("sign", "&attribute%5Bkind%5D=missing");
		Instant expected = Instant.now().plus(72, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		EventEnvelope<ServiceRequestStatusChanged> event = new EventEnvelope<>(UUID.randomUUID().toString(),
				ServiceRequestStatusChanged.TYPE, ServiceRequestStatusChanged.VERSION, Open311Fixtures.TENANT, id,
				Instant.now(), null, new ServiceRequestStatusChanged(1, RequestStatus.ON_HOLD, "roads", "Roads", "west",
						null, null, "Waiting for a new sign", "crew-7", expected));
		KafkaTestClient.shared().send(Topics.REQUESTS_STATUS_CHANGED, id, this.json.writeValueAsString(event));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.open311.get("/requests/" + id + ".json" + T).first())
				.containsEntry("agency_responsible", "Roads"));
		Map<String, Object> request = this.open311.get("/requests/" + id + ".json" + T).first();
		assertThat((String) request.get("expected_datetime")).matches(Open311FormatsIT.W3C_SECONDS);
		assertThat(Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.parse((String) request.get("expected_datetime")))).isEqualTo(expected);

		String path = "/servicerequestupdates.%s" + T + "&service_request_id=" + id;
		Answer updates = this.open311.get(path.formatted("json"));
		assertThat(updates.status()).isEqualTo(200);
		assertThat(updates.body()).singleElement()
			.satisfies((update) -> assertThat(update).containsEntry("update_id", id + "-1")
				.containsEntry("service_request_id", id)
				.containsEntry("status", "ACTION_SCHEDULED")
				.containsEntry("external_status_code", "ON_HOLD")
				.containsEntry("description", "Waiting for a new sign")
				.containsKey("updated_datetime"));
		Answer xml = this.open311.get(path.formatted("xml"));
		assertThat(Open311Xml.children(Open311Xml.parse(xml.raw()))).singleElement()
			.satisfies((update) -> assertThat(Open311Xml.fields(update)).isEqualTo(Open311Xml.asText(updates.first())));
	}

	/**
	 * A poll's status events are applied together, the closed flag following each
	 * request's latest status whatever order the writes land in; a record that cannot be
	 * read is dead-lettered alone.
	 */
	@Test
	void appliesAPollsStatusEventsTogetherAndDeadLettersTheOneThatCannotBeRead() {
		String closing = submit("graffiti", "");
		String reopened = submit("graffiti", "");
		String marker = UUID.randomUUID().toString();
		KafkaTestClient.shared()
			.sendAll(Topics.REQUESTS_STATUS_CHANGED, closing,
					List.of(status(closing, 1, RequestStatus.IN_PROGRESS), status(reopened, 2, RequestStatus.CLOSED),
							"not an event " + marker, status(closing, 2, RequestStatus.CLOSED),
							status(reopened, 3, RequestStatus.REOPENED), status(closing, 2, RequestStatus.CLOSED)));

		String deadLetters = Topics.REQUESTS_STATUS_CHANGED + ".intake-service.dlq";
		await().atMost(Duration.ofSeconds(60))
			.until(() -> KafkaTestClient.shared()
				.readAll(deadLetters)
				.stream()
				.anyMatch((record) -> record.value().contains(marker)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> KafkaTestClient.shared().consumedAll("intake-service", Topics.REQUESTS_STATUS_CHANGED));
		assertThat(ids("&status=closed")).contains(closing).doesNotContain(reopened);
		assertThat(ids("&status=open")).contains(reopened).doesNotContain(closing);
		assertThat(this.open311.get("/servicerequestupdates.json" + T + "&service_request_id=" + closing).body())
			.extracting((update) -> update.get("update_id"))
			.containsExactly(closing + "-1", closing + "-2");
		assertThat(KafkaTestClient.shared().readAll(deadLetters))
			.noneMatch((record) -> record.value().contains(closing) || record.value().contains(reopened));
	}

	private String status(String id, long sequence, RequestStatus status) {
		return this.json.writeValueAsString(new EventEnvelope<>(UUID.randomUUID().toString(),
				ServiceRequestStatusChanged.TYPE, ServiceRequestStatusChanged.VERSION, Open311Fixtures.TENANT, id,
				Instant.now(), null, new ServiceRequestStatusChanged(sequence, status, "roads", "Roads", "west", null,
						null, status.name(), "crew-7", null)));
	}

}
