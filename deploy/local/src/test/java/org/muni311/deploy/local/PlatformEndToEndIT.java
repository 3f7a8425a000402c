package org.muni311.deploy.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.muni311.contracts.Topics;
import org.muni311.deploy.embedded.FreePorts;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.browser.Browser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services as the local runner starts them: a resident's request from POST to
 * routed status and mail, onboarding, crews, NYC's requests, the web pages; last, a
 * service killed after start is reported.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

	private static LocalPlatform platform;

	private static int intakePort;

	private static int routingPort;

	private static int notificationPort;

	private static Path data;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		Path home = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
		intakePort = FreePorts.pick();
		routingPort = FreePorts.pick();
		notificationPort = FreePorts.pick();
		LocalPlatform.Ports ports = new LocalPlatform.Ports(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
				FreePorts.pick(), FreePorts.pick(), intakePort, routingPort, notificationPort);
		data = Files.createTempDirectory("muni311-e2e");
		platform = LocalPlatform.start(home, data, ports);
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.stop();
		}
	}

	/**
	 * Issue 16's acceptance: each service's meters move by what one request caused, and
	 * the caller's trace reaches every event it caused and every service's log.
	 */
	@Test
	@Order(1)
	void oneRequestMovesEachServicesMetersByWhatItCausedAndCarriesItsTraceThrough() throws Exception {
		Observed observed = new Observed(intakePort, routingPort, notificationPort);
		Observed.Readings before = observed.read();
		HttpResponse<String> refused = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + intakePort + "/open311/v2/requests.json"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("jurisdiction_id=demo.muni311.org&api_key=demo-api-key"
						+ "&service_code=no-such-service&lat=43.65&long=-79.40&description=Nothing"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		String traceId = Observed.newTraceId();
		String id = observed.postTraced(
				"jurisdiction_id=demo.muni311.org&api_key=demo-api-key&service_code=pothole"
						+ "&lat=43.65&long=-79.40&email=traced-" + traceId + "%40example.org&description=Traced",
				traceId);
		await().atMost(Duration.ofSeconds(30)).until(() -> routedDepartment(id) != null);
		String follower = "follower-" + traceId + "@example.org";
		observed.follow(id, follower);
		// someone else typed the address: its confirmation first, then it hears the rest
		confirm(follower, id);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> new KafkaTestClient(platform.kafkaBootstrapServers()).consumedAll("notification-service",
					Topics.REQUESTS_SUBSCRIPTIONS));
		Crew crew = new Crew(routingPort, "demo-crew", "crew");
		crew.change(id, "claim", "{}");
		crew.change(id, "status", "{\"status\":\"IN_PROGRESS\"}");
		crew.change(id, "status", "{\"status\":\"RESOLVED\"}");
		crew.change(id, "status", "{\"status\":\"CLOSED\"}");
		// routed, acknowledged, in progress, resolved, closed to the reporter; the
		// confirmation and the last four to the follower
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(mailsNaming(id)).isEqualTo(10));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> observed.assertMovedBy(before, observed.read()));
		observed.assertTraced(id, traceId, new KafkaTestClient(platform.kafkaBootstrapServers()), data);
	}

	/**
	 * Every metric the dashboards and alert rules of {@code deploy/observability} read is
	 * in the running services' scrapes ({@code up} is Prometheus' own).
	 */
	@Test
	@Order(2)
	void everyMetricTheDashboardsAndAlertsReadIsInTheServicesScrapes() throws Exception {
		Set<String> used = new TreeSet<>();
		for (String expression : ObservabilityFiles.alertExpressions()) {
			used.addAll(ObservabilityFiles.metricNames(expression));
		}
		for (String query : ObservabilityFiles.dashboardQueries()) {
			used.addAll(ObservabilityFiles.metricNames(query));
		}
		used.remove("up");
		assertThat(used).hasSizeGreaterThan(15);
		Observed observed = new Observed(intakePort, routingPort, notificationPort);
		// the open and overdue work items are counted every 30 s
		await().atMost(Duration.ofSeconds(75)).untilAsserted(() -> {
			Set<String> scraped = new TreeSet<>();
			for (Scrape scrape : observed.read().all()) {
				scraped.addAll(scrape.names());
			}
			assertThat(scraped).containsAll(used);
		});
	}

	@Test
	void aPotholeIsRoutedMailedOnceAndReplayedEventsChangeNothing() throws Exception {
		String id = post("jurisdiction_id=demo.muni311.org&api_key=demo-api-key&service_code=pothole"
				+ "&lat=43.65&long=-79.40&email=resident%40example.org&description=Deep+hole");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get(id)).contains("\"agency_responsible\":\"Roads and Sidewalks\"")
				.contains("Ward 2"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsNaming(id)).isEqualTo(1));

		KafkaTestClient kafka = new KafkaTestClient(platform.kafkaBootstrapServers());
		for (String topic : new String[] { Topics.REQUESTS_SUBMITTED, Topics.REQUESTS_STATUS_CHANGED }) {
			for (ConsumerRecord<String, String> record : kafka.readAll(topic)) {
				kafka.send(topic, record.key(), record.value());
			}
		}
		// every replayed record handled by every service: nothing more can follow from
		// the replay
		await().atMost(Duration.ofSeconds(60))
			.until(() -> kafka.consumedAll("routing-service", Topics.REQUESTS_SUBMITTED)
					&& kafka.consumedAll("notification-service", Topics.REQUESTS_STATUS_CHANGED)
					&& kafka.consumedAll("intake-service", Topics.REQUESTS_STATUS_CHANGED));
		try (MongoClient mongo = MongoClients.create(platform.store().connectionString("muni311-routing"))) {
			assertThat(mongo.getDatabase("muni311-routing")
				.getCollection("work_items")
				.countDocuments(new Document("requestId", id))).isEqualTo(1);
		}
		assertThat(kafka.readAll(Topics.REQUESTS_STATUS_CHANGED)
			.stream()
			.filter((record) -> id.equals(record.key()))
			.count()).as("the routed event, and its replay only").isEqualTo(2);
		try (MongoClient mongo = MongoClients.create(platform.store().connectionString("muni311-notification"))) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(mongo.getDatabase("muni311-notification")
					.getCollection("deliveries")
					.find(new Document("requestId", id))
					.map((delivery) -> delivery.getString("state"))
					.into(new ArrayList<>())).containsExactly("SENT"));
		}
		assertThat(mailsNaming(id)).isEqualTo(1);
		assertThat(get(id)).contains("\"agency_responsible\":\"Roads and Sidewalks\"");
	}

	@Test
	void aSecondMunicipalityIsBroughtOnThroughTheAdminApiAloneAndARuleChangeTakesEffectWithoutARestart()
			throws Exception {
		String tenant = "onboarded.example";
		Onboarding clerk = new Onboarding(intakePort, "admin", "admin");
		JsonNode catalogue = clerk.importCatalogue(Onboarding.servicesJson());
		Optional<Path> boroughs = Onboarding.boroughs();
		String layer = boroughs.isPresent() ? Files.readString(boroughs.get()) : Onboarding.manhattanSquare();
		JsonNode imported = clerk.putLayer(tenant, "boroughs", layer, "id_property=BoroCode&name_property=BoroName");
		assertThat(imported.path("report").path("areas").size()).isEqualTo(boroughs.isPresent() ? 5 : 1);
		JsonNode service = catalogue.path("services").get(0);
		String group = service.path("group").asString();
		ObjectNode configuration = clerk.configuration(catalogue, group);
		clerk.configure(tenant, configuration);
		String key = clerk.issueKey(tenant);
		String form = "jurisdiction_id=" + tenant + "&api_key=" + key + "&service_code="
				+ service.path("code").asString() + "&lat=40.758&long=-73.9855&description=Times+Square";

		String first = post(form);
		await().atMost(Duration.ofSeconds(60)).until(() -> routedDepartment(first) != null);
		assertThat(routedDepartment(first)).as("the Manhattan rule, by the imported boroughs")
			.isEqualTo("manhattan-works");
		assertThat(get(first, tenant)).contains("Routed to Manhattan Works, Manhattan.");

		String otherGroup = catalogue.path("groups").get(1).path("code").asString();
		((ObjectNode) configuration.withArray("rules").get(0)).put("department", "dept-" + otherGroup);
		clerk.configure(tenant, configuration);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String next = post(form);
			await().atMost(Duration.ofSeconds(10)).until(() -> routedDepartment(next) != null);
			assertThat(routedDepartment(next)).as("the next request follows the changed rule")
				.isEqualTo("dept-" + otherGroup);
		});
	}

	@Test
	void aCrewWorksARequestAndTheReporterAndAFollowerHearOfEachChangeOnceInTheirLanguage() throws Exception {
		String id = post("jurisdiction_id=demo.muni311.org&api_key=demo-api-key&service_code=pothole"
				+ "&lat=43.65&long=-79.40&email=reporter-" + System.nanoTime()
				+ "%40example.org&description=Crew+test");
		String reporter = "reporter-";
		await().atMost(Duration.ofSeconds(30)).until(() -> routedDepartment(id) != null);
		String follower = "follower-" + id.toLowerCase() + "@example.org";
		HttpResponse<String> followed = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + intakePort + "/intake/v1/requests/" + id + "/followers"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"jurisdiction_id\":\"demo.muni311.org\",\"api_key\":"
					+ "\"demo-api-key\",\"email\":\"" + follower + "\",\"language\":\"fr\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
		KafkaTestClient kafka = new KafkaTestClient(platform.kafkaBootstrapServers());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> kafka.consumedAll("notification-service", Topics.REQUESTS_SUBSCRIPTIONS));
		// someone else typed the follower's address: it hears nothing until it confirms
		confirm(follower, id);

		Crew crew = new Crew(routingPort, "demo-crew", "crew");
		crew.change(id, "claim", "{}");
		crew.change(id, "status", "{\"status\":\"IN_PROGRESS\"}");
		crew.change(id, "status", "{\"status\":\"RESOLVED\",\"note\":\"Filled the pothole.\"}");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get(id)).contains("\"status\":\"closed\"", "Filled the pothole."));
		crew.change(id, "status", "{\"status\":\"CLOSED\"}");

		// routed, acknowledged (the claim), in progress, resolved, closed: the follower
		// joined after routing (its confirmation, then four)
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(subjectsTo(reporter, id)).hasSize(5).allMatch((subject) -> subject.startsWith("Request "));
			assertThat(subjectsTo(follower, id)).hasSize(5).allMatch((subject) -> subject.startsWith("Demande "));
		});
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(subjectsTo(reporter, id)).as("once each").hasSize(5);
			assertThat(subjectsTo(follower, id)).as("once each").hasSize(5);
		});
	}

	@Test
	void aResidentReportsAnAgentLogsForACallerACrewClosesItAndTheResidentSeesItClosedAndIsMailed() throws Exception {
		String email = "web-" + System.nanoTime() + "@example.org";
		String reported;
		String logged;
		try (Browser browser = Browser.start()) {
			WebJourney journey = new WebJourney(browser, intakePort, routingPort);
			reported = journey.residentReports(43.6712, -79.3867, "Deep pothole by the bus stop", email);
			logged = journey.agentLogsForCaller("+16135550199", 43.6012, -79.4867, "Pothole called in");
			assertThat(logged).isNotEqualTo(reported);

			await().atMost(Duration.ofSeconds(30)).until(() -> routedDepartment(reported) != null);
			journey.crewCloses(reported, "Filled the pothole on Tuesday.");

			assertThat(journey.residentStatus(reported, "Closed")).contains("Filled the pothole on Tuesday.");
		}
		// routed, acknowledged, in progress, resolved, closed: one mail each (the local
		// digest window is 0)
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(subjectsTo(email, reported)).hasSize(5)
				.anyMatch((subject) -> subject.endsWith("closed")));
		// the caller asked for texts: the local gateway took one when the request was
		// routed
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(platform.texts()).anySatisfy((text) -> {
			assertThat(text.getKey()).isEqualTo("+16135550199");
			assertThat(text.getValue()).contains(logged);
		}));
	}

	@Test
	void newYorksRequestsFiledThroughOpen311GoToTheAgencyAndBoroughTheCityRecorded() throws Exception {
		Assumptions.assumeTrue(NycOpen311.present(),
				"Skipped: the NYC data is not at " + NycOpen311.FOLDER + " (../shared/data/nyc beside the project)");
		NycOpen311 nyc = new NycOpen311(intakePort);
		List<NycOpen311.Row> rows = NycOpen311.rows();
		String key = nyc.configure(new Onboarding(intakePort, "admin", "admin"), rows);
		Map<String, NycOpen311.Row> filed = new HashMap<>();
		long started = System.nanoTime();
		for (NycOpen311.Row row : rows) {
			filed.put(nyc.file(row, key), row);
		}
		KafkaTestClient kafka = new KafkaTestClient(platform.kafkaBootstrapServers());
		await().atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> routed(kafka, filed.keySet()).size() == rows.size());
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, JsonNode> decisions = routed(kafka, filed.keySet());

		long located = 0;
		long toAgency = 0;
		long withBorough = 0;
		long inBorough = 0;
		long unlocated = 0;
		long unlocatedToAgency = 0;
		for (Map.Entry<String, NycOpen311.Row> request : filed.entrySet()) {
			NycOpen311.Row row = request.getValue();
			JsonNode decision = decisions.get(request.getKey());
			if (!row.located()) {
				unlocated++;
				// rules by service alone take a request without a location too
				unlocatedToAgency += row.agency().equals(decision.path("departmentCode").asString()) ? 1 : 0;
				continue;
			}
			located++;
			toAgency += row.agency().equals(decision.path("departmentCode").asString()) ? 1 : 0;
			if (!row.borough().isBlank() && !"Unspecified".equalsIgnoreCase(row.borough())) {
				withBorough++;
				inBorough += row.borough().equalsIgnoreCase(decision.path("areaName").asString()) ? 1 : 0;
			}
		}
		System.out.printf(Locale.ROOT, "NYC through Open311: %d requests filed and routed in %.1f s%n", rows.size(),
				seconds);
		System.out.printf(Locale.ROOT, "  with coordinates: %d, routed to the recorded agency: %d (%.2f%%)%n", located,
				toAgency, 100.0 * toAgency / located);
		System.out.printf(Locale.ROOT, "  with coordinates and a borough: %d, landed in it: %d (%.2f%%)%n", withBorough,
				inBorough, 100.0 * inBorough / withBorough);
		System.out.printf(Locale.ROOT, "  without coordinates: %d, routed to the recorded agency: %d%n", unlocated,
				unlocatedToAgency);
		assertThat(located).isGreaterThan(1000);
		assertThat((double) toAgency / located).isGreaterThanOrEqualTo(0.99);
		assertThat((double) inBorough / withBorough).isGreaterThanOrEqualTo(0.99);
		assertThat((double) unlocatedToAgency).isGreaterThanOrEqualTo(0.99 * unlocated);
	}

	/**
	 * Last, as it ends one of the services: a service that dies is reported with its
	 * name, exit code and log.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void aServiceKilledAfterStartIsReportedWithItsExitCodeAndLog() {
		assertThat(platform.processes()).containsOnlyKeys("intake-service", "routing-service", "notification-service",
				"platform");
		assertThat(platform.processes().get("platform").pid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(platform.unexpectedExit()).isNotDone();

		platform.processes().get("routing-service").destroyForcibly();

		await().atMost(Duration.ofSeconds(30)).until(() -> platform.unexpectedExit().isDone());
		ServiceExit exit = platform.unexpectedExit().join();
		assertThat(exit.name()).isEqualTo("routing-service");
		assertThat(exit.exitCode()).isEqualTo(137);
		assertThat(exit.log().getFileName()).hasToString("routing-service.log");
		assertThat(platform.processes().get("intake-service").isAlive()).isTrue();
	}

	/** The ROUTED event's payload of each of {@code ids}. */
	private static Map<String, JsonNode> routed(KafkaTestClient kafka, Set<String> ids) {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> routed = new HashMap<>();
		for (ConsumerRecord<String, String> record : kafka.readAll(Topics.REQUESTS_STATUS_CHANGED)) {
			if (ids.contains(record.key())) {
				JsonNode event = json.readTree(record.value());
				if ("ROUTED".equals(event.at("/payload/status").asString())) {
					routed.putIfAbsent(record.key(), event.path("payload"));
				}
			}
		}
		return routed;
	}

	/**
	 * Confirms {@code follower} of request {@code id} with its confirmation mail's link.
	 */
	private void confirm(String follower, String id) throws Exception {
		await().atMost(Duration.ofSeconds(30)).until(() -> subjectsTo(follower, id).size() == 1);
		String raw = "";
		for (var message : platform.smtp().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(follower)) {
				raw = GreenMailUtil.getWholeMessage(message).replace("=\r\n", "");
			}
		}
		Matcher link = Pattern.compile("/confirm/[A-Za-z0-9_.\\-]+").matcher(raw);
		assertThat(link.find()).as(raw).isTrue();
		HttpResponse<String> confirmed = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + notificationPort + link.group()))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
	}

	/**
	 * Subjects of the mails naming request {@code id} sent to an address starting with
	 * {@code to}.
	 */
	private static List<String> subjectsTo(String to, String id) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (var message : platform.smtp().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().startsWith(to) && message.getSubject().contains(id)) {
				subjects.add(message.getSubject());
			}
		}
		return subjects;
	}

	/**
	 * The department of the request's routed event, or {@code null} before it is routed.
	 */
	private static String routedDepartment(String id) {
		return new KafkaTestClient(platform.kafkaBootstrapServers()).readAll(Topics.REQUESTS_STATUS_CHANGED)
			.stream()
			.filter((record) -> id.equals(record.key()))
			.map((record) -> record.value().replaceAll(".*\"departmentCode\":\"([^\"]+)\".*", "$1"))
			.findFirst()
			.orElse(null);
	}

	private long mailsNaming(String id) throws Exception {
		long count = 0;
		for (var message : platform.smtp().getReceivedMessages()) {
			if (message.getSubject().contains(id)) {
				count++;
			}
		}
		return count;
	}

	private String post(String form) throws Exception {
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + intakePort + "/open311/v2/requests.json"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isBetween(200, 201);
		return answer.body().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
	}

	private String get(String id) throws Exception {
		return get(id, "demo.muni311.org");
	}

	private String get(String id, String tenant) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + intakePort + "/open311/v2/requests/" + id
					+ ".json?jurisdiction_id=" + tenant))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
