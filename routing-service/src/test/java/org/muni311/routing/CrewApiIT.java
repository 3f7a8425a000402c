package org.muni311.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.security.MatrixClient;
import org.muni311.routing.CrewClient.Answer;
import org.muni311.routing.decision.Router;
import org.muni311.routing.municipality.RoutingMaps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The crew API over real HTTP, Kafka and store: what crews and supervisors may do to a
 * work item, what they are refused, and the status events residents are told through
 * (intake follows {@code requests.status-changed}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrewApiIT {

	private static final String TENANT = TestMunicipality.TENANT;

	private static final GeoPoint IN_W1 = new GeoPoint(44.05, -79.95);

	private static final GeoPoint IN_W2 = new GeoPoint(44.05, -79.85);

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@Autowired
	Router router;

	@LocalServerPort
	int port;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	private CrewClient crew;

	private CrewClient supervisor;

	@BeforeAll
	void configureTheMunicipality() {
		TestMunicipality.publish(this.kafka, this.json, this.maps);
		this.crew = new CrewClient(this.port, "cara", "crew", this.json);
		this.supervisor = new CrewClient(this.port, "sam", "supervisor", this.json);
	}

	@AfterAll
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void aCrewTakesAnItemThroughEveryStatusAndResidentsHearEachChangeInOrder() {
		String id = routed("pothole", IN_W1);
		Answer claimed = this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":0}");
		assertThat(claimed.status()).isEqualTo(200);
		assertThat(claimed.body().path("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(claimed.body().path("assignee").asString()).isEqualTo("cara");
		long version = claimed.version();
		for (String status : List.of("IN_PROGRESS", "ON_HOLD", "IN_PROGRESS", "RESOLVED", "CLOSED", "REOPENED")) {
			String note = "RESOLVED".equals(status) ? "\"note\":\"Filled the pothole.\"," : "";
			Answer moved = this.crew.post(TENANT, "/" + id + "/status",
					"{" + note + "\"version\":" + version + ",\"status\":\"" + status + "\"}");
			assertThat(moved.status()).as(status + ": " + moved.body()).isEqualTo(200);
			assertThat(moved.body().path("status").asString()).isEqualTo(status);
			assertThat(moved.version()).isEqualTo(version + 1);
			version = moved.version();
		}

		List<JsonNode> events = awaitStatusEvents(id, 8);
		assertThat(events).extracting((event) -> event.at("/payload/sequence").asLong())
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
		assertThat(events).extracting((event) -> event.at("/payload/status").asString())
			.containsExactly("ROUTED", "ACKNOWLEDGED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS", "RESOLVED", "CLOSED",
					"REOPENED");
		JsonNode resolved = events.get(5).path("payload");
		assertThat(resolved.path("notes").asString()).isEqualTo("Filled the pothole.");
		assertThat(resolved.path("changedBy").asString()).isEqualTo("cara");
		assertThat(resolved.path("departmentCode").asString()).isEqualTo("roads");
		assertThat(resolved.path("crew").asString()).isEqualTo("roads-west");
		assertThat(Instant.parse(resolved.path("expectedAt").asString()))
			.isEqualTo(Instant.parse(events.get(0).at("/payload/expectedAt").asString()));
		Instant reopenedDue = Instant.parse(events.get(7).at("/payload/expectedAt").asString());
		assertThat(reopenedDue).as("reopening makes a new promise")
			.isAfter(Instant.parse(events.get(0).at("/payload/expectedAt").asString()));
	}

	/**
	 * The platform administrator reaches every municipality's queues as its supervisors
	 * do: a queue of any department, a supervisor's change, the board's list of
	 * municipalities.
	 */
	@Test
	void thePlatformAdministratorReachesEveryMunicipalitysQueuesAsASupervisor() throws Exception {
		CrewClient platform = new CrewClient(this.port, "pia", "platform", this.json);
		String id = routed("graffiti", IN_W2);

		assertThat(platform.get(TENANT, "?department=bylaw").status()).isEqualTo(200);
		assertThat(platform.get(TENANT, "?department=roads").status()).isEqualTo(200);
		Answer prioritised = platform.post(TENANT, "/" + id + "/priority", "{\"version\":0,\"priority\":\"HIGH\"}");
		assertThat(prioritised.status()).as("a supervisor's change").isEqualTo(200);
		MatrixClient pages = new MatrixClient(this.port, (path) -> path.startsWith("/board")).staff("platform", "pia",
				"platform");
		assertThat(pages.send("platform", "GET", "/board", null)).as("the board's list of municipalities")
			.isEqualTo(200);
		assertThat(pages.send("platform", "GET", "/board/" + TENANT + "?department=bylaw", null)).isEqualTo(200);
	}

	@Test
	void refusesAMoveTheStatusDoesNotAllowListingTheAllowedOnesAndChangesNothing() {
		String id = routed("pothole", IN_W1);

		Answer refused = this.crew.post(TENANT, "/" + id + "/status", "{\"version\":0,\"status\":\"RESOLVED\"}");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().path("detail").asString()).contains("ROUTED", "ACKNOWLEDGED");
		assertThat(refused.body().path("allowed").toString()).isEqualTo("[\"ACKNOWLEDGED\"]");
		Answer item = this.crew.get(TENANT, "/" + id);
		assertThat(item.version()).isZero();
		assertThat(item.body().path("status").asString()).isEqualTo("ROUTED");
		assertThat(this.crew.post(TENANT, "/" + id + "/reassign", "{\"version\":0,\"department\":\"bylaw\"}").status())
			.as("reassigning is for supervisors")
			.isEqualTo(403);
	}

	@Test
	void refusesAClosedItemsReassignmentAndAResolvedItemsClaim() {
		String id = routed("pothole", IN_W1);
		long version = this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":0}").version();
		version = this.crew.post(TENANT, "/" + id + "/status", "{\"version\":" + version + ",\"status\":\"RESOLVED\"}")
			.version();

		Answer claim = this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":" + version + "}");
		Answer reassign = this.supervisor.post(TENANT, "/" + id + "/reassign",
				"{\"version\":" + version + ",\"department\":\"bylaw\"}");

		assertThat(claim.status()).isEqualTo(409);
		assertThat(claim.body().path("allowed").toString()).isEqualTo("[\"CLOSED\",\"REOPENED\"]");
		assertThat(reassign.status()).isEqualTo(409);
	}

	@Test
	void refusesAChangeMadeOnAStaleVersion() {
		String id = routed("pothole", IN_W1);
		assertThat(this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":0}").status()).isEqualTo(200);

		Answer stale = this.crew.post(TENANT, "/" + id + "/notes",
				"{\"version\":0,\"text\":\"late\",\"visibility\":\"INTERNAL\"}");

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(1);
	}

	@Test
	void ofTwoChangesMadeAtOnceOnTheSameVersionOneWinsAndTheOtherGets409() throws Exception {
		for (int round = 0; round < 5; round++) {
			String id = routed("pothole", IN_W1);
			CountDownLatch start = new CountDownLatch(1);
			Callable<Integer> claim = () -> {
				start.await();
				return this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":0}").status();
			};
			Callable<Integer> note = () -> {
				start.await();
				return this.supervisor
					.post(TENANT, "/" + id + "/notes",
							"{\"version\":0,\"text\":\"Crew on the way\",\"visibility\":\"PUBLIC\"}")
					.status();
			};
			Future<Integer> first = this.threads.submit(claim);
			Future<Integer> second = this.threads.submit(note);
			start.countDown();

			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
			assertThat(this.crew.get(TENANT, "/" + id).version()).isEqualTo(1);
		}
	}

	@Test
	void aSupervisorReassignsAnItemToAnotherDepartmentWhichGetsItRoutedAgain() {
		String id = routed("pothole", IN_W1);
		long version = this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":0}").version();

		Answer unknown = this.supervisor.post(TENANT, "/" + id + "/reassign",
				"{\"version\":" + version + ",\"department\":\"parks\"}");
		Answer wrongCrew = this.supervisor.post(TENANT, "/" + id + "/reassign",
				"{\"version\":" + version + ",\"department\":\"bylaw\",\"crew\":\"roads-west\"}");
		Answer moved = this.supervisor.post(TENANT, "/" + id + "/reassign",
				"{\"version\":" + version + ",\"department\":\"bylaw\",\"crew\":\"bylaw-north\"}");

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().path("detail").asString()).contains("parks", "bylaw");
		assertThat(wrongCrew.status()).isEqualTo(400);
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.body().path("status").asString()).isEqualTo("ROUTED");
		assertThat(moved.body().path("department").asString()).isEqualTo("bylaw");
		assertThat(moved.body().path("assignee").isNull()).isTrue();
		assertThat(queueIds(this.crew.get(TENANT, "?department=bylaw&size=200"))).contains(id);
		assertThat(queueIds(this.crew.get(TENANT, "?department=roads&size=200"))).doesNotContain(id);
		JsonNode routedAgain = awaitStatusEvents(id, 3).get(2).path("payload");
		assertThat(routedAgain.path("sequence").asLong()).isEqualTo(3);
		assertThat(routedAgain.path("status").asString()).isEqualTo("ROUTED");
		assertThat(routedAgain.path("departmentCode").asString()).isEqualTo("bylaw");
		assertThat(routedAgain.path("departmentName").asString()).isEqualTo("BYLAW");
		assertThat(routedAgain.path("crew").asString()).isEqualTo("bylaw-north");
		assertThat(routedAgain.path("notes").asString()).isEqualTo("Passed to BYLAW.");
	}

	@Test
	void aPublicNoteIsToldToResidentsAndAnInternalOneStaysWithStaff() {
		String id = routed("pothole", IN_W1);
		long version = this.crew
			.post(TENANT, "/" + id + "/notes",
					"{\"version\":0,\"text\":\"Gas line nearby\",\"visibility\":\"INTERNAL\"}")
			.version();
		Answer told = this.crew.post(TENANT, "/" + id + "/notes",
				"{\"version\":" + version + ",\"text\":\"Scheduled for Monday\",\"visibility\":\"PUBLIC\"}");

		assertThat(told.body().path("journal").findValuesAsString("text")).contains("Gas line nearby",
				"Scheduled for Monday");
		List<JsonNode> events = awaitStatusEvents(id, 2);
		assertThat(events.get(1).at("/payload/notes").asString()).isEqualTo("Scheduled for Monday");
		assertThat(events.get(1).at("/payload/status").asString()).isEqualTo("ROUTED");
		assertThat(events).extracting(JsonNode::toString).noneMatch((event) -> event.contains("Gas line"));
	}

	@Test
	void aQueueShowsOneDepartmentsOpenItemsFilteredSoonestDueFirstAndPaged() {
		String laterPothole = routed("pothole", IN_W2);
		String leak = routed("leak", IN_W2);
		String urgent = routed("pothole", IN_W2);
		assertThat(this.supervisor.post(TENANT, "/" + urgent + "/priority", "{\"version\":0,\"priority\":\"URGENT\"}")
			.status()).isEqualTo(200);

		Answer page = this.crew.get(TENANT, "?department=roads&area=W2&size=200");
		List<String> ids = queueIds(page);
		assertThat(ids).contains(laterPothole, leak);
		assertThat(ids.indexOf(leak)).as("the leak is due at once").isLessThan(ids.indexOf(laterPothole));
		assertThat(page.body().path("items").findValuesAsString("area")).containsOnly("W2");
		assertThat(queueIds(this.crew.get(TENANT, "?department=roads&priority=URGENT&size=200"))).contains(urgent)
			.doesNotContain(laterPothole, leak);
		Answer firstPage = this.crew.get(TENANT, "?department=roads&size=1");
		assertThat(firstPage.body().path("items").size()).isEqualTo(1);
		assertThat(firstPage.body().path("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(queueIds(this.crew.get(TENANT, "?crew=roads-west&size=200"))).doesNotContain(laterPothole);
		Answer routedOnly = this.crew.get(TENANT, "?department=roads&status=ROUTED&size=200");
		assertThat(queueIds(routedOnly)).contains(laterPothole);
		assertThat(routedOnly.body().path("items").findValuesAsString("status")).containsOnly("ROUTED");
	}

	@Test
	void signsInOnlyCrewsAndSupervisorsOfTheMunicipality() {
		assertThat(new CrewClient(this.port, null, null, this.json).get(TENANT, "?department=roads").status())
			.isEqualTo(401);
		assertThat(new CrewClient(this.port, "otto", "crew", this.json).get(TENANT, "?department=roads").status())
			.as("a crew of another municipality")
			.isEqualTo(403);
		assertThat(new CrewClient(this.port, "ada", "admin", this.json).get(TENANT, "?department=roads").status())
			.as("an administrator is not a crew")
			.isEqualTo(403);
		assertThat(this.crew.get(TENANT, "").status()).as("a queue names its department or crew").isEqualTo(400);
		assertThat(this.crew.get(TENANT, "/nothing-here").status()).isEqualTo(404);
		assertThat(this.crew.post(TENANT, "/nothing-here/claim", "{}").status()).isEqualTo(400);
		assertThat(this.crew.post(TENANT, "/nothing-here/claim", "{\"version\":0}").status()).isEqualTo(404);
	}

	@Test
	void aCrewMemberSeesAndChangesOnlyItsDepartmentsItemsAndQueues() {
		CrewClient roads = new CrewClient(this.port, "rhea", "crew", this.json);
		CrewClient bylawHereSupervisorElsewhere = new CrewClient(this.port, "vic", "crew", this.json);
		String pothole = routed("pothole", IN_W1);
		String moved = routed("pothole", IN_W1);
		long version = this.supervisor
			.post(TENANT, "/" + moved + "/reassign", "{\"version\":0,\"department\":\"bylaw\"}")
			.version();

		assertThat(roads.get(TENANT, "/" + pothole).status()).isEqualTo(200);
		Answer other = roads.get(TENANT, "/" + moved);
		assertThat(other.status()).as("an item of another department").isEqualTo(403);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(other.body().path("detail").asString()).contains("rhea works for department roads");
		assertThat(roads.post(TENANT, "/" + moved + "/claim", "{\"version\":" + version + "}").status()).isEqualTo(403);
		assertThat(roads
			.post(TENANT, "/" + moved + "/notes",
					"{\"version\":" + version + ",\"text\":\"x\",\"visibility\":\"PUBLIC\"}")
			.status()).isEqualTo(403);
		assertThat(roads.get(TENANT, "?department=bylaw").status()).isEqualTo(403);
		assertThat(roads.get(TENANT, "?crew=bylaw-north").status()).isEqualTo(403);
		assertThat(roads.get(TENANT, "?department=roads&crew=bylaw-north").status()).isEqualTo(403);
		assertThat(roads.get(TENANT, "/stream?department=bylaw").status()).isEqualTo(403);
		assertThat(queueIds(roads.get(TENANT, "?department=roads&size=200"))).contains(pothole).doesNotContain(moved);
		assertThat(roads.get(TENANT, "/nothing-here").status()).as("a missing item is still 404").isEqualTo(404);
		assertThat(this.crew.get(TENANT, "/" + moved).status()).as("a crew of both departments").isEqualTo(200);

		assertThat(bylawHereSupervisorElsewhere.get(TENANT, "/" + moved).status()).isEqualTo(200);
		assertThat(bylawHereSupervisorElsewhere.get(TENANT, "/" + pothole).status()).isEqualTo(403);
		assertThat(bylawHereSupervisorElsewhere
			.post(TENANT, "/" + moved + "/priority", "{\"version\":" + version + ",\"priority\":\"URGENT\"}")
			.status()).as("a supervisor of another municipality supervises nothing here").isEqualTo(403);
		assertThat(this.supervisor.get(TENANT, "/" + moved).status()).isEqualTo(200);
		assertThat(this.supervisor.get(TENANT, "/" + pothole).status()).isEqualTo(200);
	}

	@Test
	void aRedeliveredSubmissionLeavesAnItemTheCrewHasChangedAsItIs() {
		String id = newId();
		EventEnvelope<ServiceRequestSubmitted> event = submitted(id, "pothole", IN_W1);
		assertThat(this.router.route(event)).isTrue();
		this.crew.post(TENANT, "/" + id + "/claim", "{\"version\":0}");

		assertThat(this.router.route(event)).isFalse();

		Answer item = this.crew.get(TENANT, "/" + id);
		assertThat(item.body().path("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(item.version()).isEqualTo(1);
	}

	String routed(String serviceCode, GeoPoint point) {
		String id = newId();
		assertThat(this.router.route(submitted(id, serviceCode, point))).isTrue();
		return id;
	}

	private EventEnvelope<ServiceRequestSubmitted> submitted(String id, String serviceCode, GeoPoint point) {
		return EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, TENANT, id, Instant.now(), null,
				new ServiceRequestSubmitted(serviceCode, serviceCode, point, null, null, "test"));
	}

	private static String newId() {
		return "C" + UUID.randomUUID().toString().substring(0, 9);
	}

	private List<String> queueIds(Answer page) {
		assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
		return page.body().path("items").findValuesAsString("requestId");
	}

	List<JsonNode> awaitStatusEvents(String id, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> statusEvents(id).size() >= count);
		return statusEvents(id);
	}

	private List<JsonNode> statusEvents(String id) {
		return this.kafka.readAll(Topics.REQUESTS_STATUS_CHANGED)
			.stream()
			.filter((record) -> id.equals(record.key()))
			.map((record) -> this.json.readTree(record.value()))
			.toList();
	}

}
