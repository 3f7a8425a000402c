package org.muni311.routing.crew.board;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.muni311.deploy.testsupport.browser.Browser;
import org.muni311.routing.TestMunicipality;
import org.muni311.routing.decision.Router;
import org.muni311.routing.municipality.RoutingMaps;
import org.muni311.routing.workqueue.WorkItem.Visibility;
import org.muni311.routing.workqueue.WorkQueue;
import org.muni311.routing.workqueue.Worker;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The crew board in a real browser, over the real service, Kafka and store: signing in,
 * the live queue, working an item from routed to closed, a change made meanwhile, a crew
 * of another municipality. Every page is checked with axe-core in English and French and
 * saved as a screenshot ({@code target/screenshots/board-*.png}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrewBoardIT {

	private static final String TENANT = TestMunicipality.TENANT;

	private static final GeoPoint IN_W1 = new GeoPoint(44.05, -79.95);

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@Autowired
	Router router;

	@Autowired
	WorkQueue queue;

	@LocalServerPort
	int port;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private Browser browser;

	@BeforeAll
	void start() {
		TestMunicipality.publish(this.kafka, this.json, this.maps);
		this.browser = Browser.start();
	}

	@AfterAll
	void stop() {
		this.browser.close();
	}

	@Test
	void aCrewSignsInSeesANewItemArriveLiveAndWorksItFromClaimToClosed() {
		String first = routed("12 Main Street");
		signOut();
		this.browser.open(url("/board/" + TENANT + "?crew=roads-west&lang=en"));
		assertThat(this.browser.driver().getCurrentUrl()).as("nobody signed in").contains("/sign-in");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
		this.browser.screenshot("board-sign-in-en");
		this.browser.assertAccessible("sign-in, English");
		submitSignIn("cara", "crew");

		assertThat(this.browser.driver().getCurrentUrl()).contains("/board/" + TENANT);
		awaitLive();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Work queue");
		assertThat(this.browser.find(By.id("item-" + first)).getText()).contains("pothole", "12 Main Street", "ROUTED");
		js("window.boardNotReloaded = true;");
		String arrived = routed("40 Elm Road");
		assertThat(this.browser.await(By.id("item-" + arrived)).getText()).contains("40 Elm Road");
		assertThat(js("return window.boardNotReloaded === true;")).as("updated without a reload").isEqualTo(true);
		assertThat(this.browser.await(By.id("queue-live")).getText()).startsWith("The queue was updated.");
		assertThat(this.browser.driver().findElements(By.cssSelector(".leaflet-marker-icon[alt*='40 Elm Road']")))
			.as("the new item's marker on the map")
			.hasSize(1);
		this.browser.screenshot("board-queue-en");
		this.browser.assertAccessible("queue, English");
		// htmx (the live list), its SSE extension and the map ran under the policy
		this.browser.assertNoPolicyViolations("the queue, live, with its map");

		this.browser.find(By.cssSelector("#item-" + arrived + " button[type=submit]")).click();
		see("You claimed this item. It is now: Acknowledged.");
		assertThat(this.browser.text()).contains("40 Elm Road", "cara");
		this.browser.screenshot("board-item-en");
		this.browser.assertAccessible("item, English");
		move("IN_PROGRESS", null, null);
		see("Status changed. It is now: In progress.");
		move("RESOLVED", "Filled the pothole.", "PUBLIC");
		see("Status changed. It is now: Resolved.");
		assertThat(this.browser.text()).contains("Filled the pothole.");
		move("CLOSED", null, null);
		see("Status changed. It is now: Closed.");
		this.browser.assertNoPolicyViolations("the item and its forms");
		assertThat(this.browser.driver().findElements(By.cssSelector("input[name=status]")))
			.as("a closed item can only be reopened")
			.extracting((input) -> input.getDomAttribute("value"))
			.containsExactly("REOPENED");

		List<JsonNode> events = awaitStatusEvents(arrived, 5);
		assertThat(events).extracting((event) -> event.at("/payload/status").asString())
			.containsExactly("ROUTED", "ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED", "CLOSED");
		assertThat(events.get(3).at("/payload/notes").asString()).isEqualTo("Filled the pothole.");
		assertThat(events.get(3).at("/payload/changedBy").asString()).isEqualTo("cara");
	}

	@Test
	void aStaleOrRefusedChangeShowsTheItemAsItIsNowAndAMissingAnswerAnErrorSummary() {
		String id = routed("3 Pine Lane");
		signIn("cara", "crew");
		this.browser.open(url("/board/" + TENANT + "/items/" + id + "?lang=en"));
		this.queue.note(TENANT, id, 0, "Crew two is on it", Visibility.INTERNAL, Worker.everyDepartment("sam"));

		this.browser.find(By.id("note-text")).sendKeys("Coning the hole");
		this.browser.find(By.id("note-visibility-internal")).click();
		this.browser.find(By.id("add-note")).click();

		see("Someone else changed this item while you were looking at it — here is the current state.");
		assertThat(this.browser.text()).contains("Crew two is on it").doesNotContain("Coning the hole");
		this.browser.screenshot("board-item-conflict-en");
		this.browser.assertAccessible("item after a stale change, English");

		js("document.querySelector('input[name=status]').value = 'CLOSED';");
		this.browser.find(By.cssSelector("input[name=status]")).click();
		this.browser.find(By.id("move")).click();
		see("That change is not possible while the item is “Routed”.");
		assertThat(this.queue.get(TENANT, id, Worker.everyDepartment("test")).status().name()).isEqualTo("ROUTED");

		this.browser.find(By.id("move")).click();
		this.browser.await(By.cssSelector(".error-summary a[href='#move-status']"));
		assertThat(this.browser.text()).contains("Choose the new status");
		this.browser.screenshot("board-item-error-en");
		this.browser.assertAccessible("item with an error, English");

		this.browser.open(url("/board/" + TENANT + "/items/nothing-here?lang=en"));
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("There is no such work item");
		openQueue("/board/" + TENANT + "?department=parks&lang=en");
		assertThat(this.browser.find(By.cssSelector(".error-summary a[href='#department']")).getText())
			.isEqualTo("There is no department “parks”: showing every department");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Work queue");
	}

	@Test
	void everyPageReadsInFrenchAndTheQueueFitsAPhone() {
		String id = routed("7 rue Principale");
		signIn("cara", "crew");
		this.browser.open(url("/sign-in?lang=fr"));
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Connexion du personnel");
		this.browser.screenshot("board-sign-in-fr");
		this.browser.assertAccessible("sign-in, French");
		this.browser.open(url("/board?lang=fr"));
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertThat(this.browser.text()).contains("Vos files de travail", "Routing Test", "Roads west");
		this.browser.screenshot("board-home-fr");
		this.browser.assertAccessible("home, French");
		this.browser.open(url("/board?lang=en"));
		this.browser.screenshot("board-home-en");
		this.browser.assertAccessible("home, English");

		openQueue("/board/" + TENANT + "?crew=roads-west&lang=fr");
		assertThat(this.browser.find(By.id("item-" + id)).getText()).containsIgnoringCase("Acheminé")
			.contains("7 rue Principale");
		this.browser.screenshot("board-queue-fr");
		this.browser.assertAccessible("queue, French");
		openQueue("/board/" + TENANT + "?department=roads&lang=en");
		String leak = routed("leak", "1 Water Street");
		// overdue and escalated in words, not by colour; escalated a moment after it is
		// routed, reaching the page live
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15)).ignoring(WebDriverException.class)
			.until((driver) -> driver.findElement(By.id("item-" + leak))
				.getText()
				.toLowerCase(Locale.ROOT)
				.matches("(?s).*overdue since .*escalated.*"));
		this.browser.open(url("/board/" + TENANT + "/items/" + id + "?lang=fr"));
		assertThat(this.browser.find(By.id("claim")).getText()).isEqualTo("Prendre en charge : m’assigner");
		this.browser.screenshot("board-item-fr");
		this.browser.assertAccessible("item, French");

		Dimension desktop = this.browser.driver().manage().window().getSize();
		try {
			this.browser.driver().manage().window().setSize(new Dimension(390, 844));
			openQueue("/board/" + TENANT + "?crew=roads-west&lang=en");
			assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth;"))
				.as("nothing wider than the phone")
				.isEqualTo(true);
			this.browser.screenshot("board-queue-phone");
			this.browser.assertAccessible("queue on a phone, English");
		}
		finally {
			this.browser.driver().manage().window().setSize(desktop);
		}
	}

	@Test
	void aCrewOfAnotherMunicipalityIsRefused() {
		signIn("otto", "crew");
		this.browser.open(url("/board/" + TENANT + "?lang=en"));
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("You cannot see this");
		this.browser.screenshot("board-refused-en");
		this.browser.assertAccessible("refused, English");
		this.browser.open(url("/board/" + TENANT + "/items/anything?lang=fr"));
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Vous ne pouvez pas voir ceci");
		this.browser.screenshot("board-refused-fr");
		this.browser.assertAccessible("refused, French");
		this.browser.open(url("/board?lang=en"));
		assertThat(this.browser.text()).doesNotContain("Routing Test");
	}

	@Test
	void aCrewMemberOfOneDepartmentSeesNeitherTheItemsNorTheQueuesOfAnother() {
		String pothole = routed("12 Birch Road");
		signIn("vic", "crew");

		this.browser.open(url("/board/" + TENANT + "/items/" + pothole + "?lang=en"));
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("You cannot see this");
		assertThat(this.browser.text()).doesNotContain("12 Birch Road");
		this.browser.open(url("/board/" + TENANT + "?department=roads&lang=en"));
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("You cannot see this");
		openQueue("/board/" + TENANT + "?lang=en");
		assertThat(this.browser.text()).doesNotContain("12 Birch Road");
		assertThat(this.browser.driver().findElements(By.cssSelector("select[name=department] option")))
			.extracting((option) -> option.getAttribute("value"))
			.doesNotContain("roads", "triage");
	}

	private void move(String status, String note, String visibility) {
		this.browser.find(By.cssSelector("input[name=status][value=" + status + "]")).click();
		if (note != null) {
			this.browser.find(By.id("move-text")).sendKeys(note);
			this.browser.find(By.cssSelector("input[name=visibility][value=" + visibility + "][id^=move]")).click();
		}
		this.browser.find(By.id("move")).click();
	}

	private void signIn(String user, String password) {
		signOut();
		this.browser.open(url("/sign-in?lang=en"));
		submitSignIn(user, password);
	}

	private void submitSignIn(String user, String password) {
		this.browser.find(By.id("username")).sendKeys(user);
		this.browser.find(By.id("password")).sendKeys(password);
		this.browser.find(By.cssSelector("form button[type=submit]")).click();
		await().atMost(Duration.ofSeconds(15)).until(() -> !this.browser.driver().getCurrentUrl().contains("/sign-in"));
	}

	private void signOut() {
		this.browser.open(url("/sign-in"));
		this.browser.driver().manage().deleteAllCookies();
	}

	/**
	 * Waits until the page shows {@code text}, across a page load (the body read may be
	 * the page being left: stale, or in Chromium on a busy machine "Node with given id
	 * does not belong to the document").
	 */
	private void see(String text) {
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15)).ignoring(WebDriverException.class)
			.until((driver) -> driver.findElement(By.tagName("body")).getText().contains(text));
	}

	/**
	 * Opens a queue page and waits until it listens to the board stream and has reloaded
	 * its list once (which it does on opening the stream, so an element read before that
	 * may be swapped away).
	 */
	private void openQueue(String path) {
		this.browser.open(url(path));
		awaitLive();
	}

	private void awaitLive() {
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15))
			.until((driver) -> !driver.findElements(By.cssSelector("#queue-live[data-stream='live']")).isEmpty());
	}

	private Object js(String script) {
		return ((JavascriptExecutor) this.browser.driver()).executeScript(script);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String routed(String address) {
		return routed("pothole", address);
	}

	private String routed(String service, String address) {
		String id = "B" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.router.route(EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, TENANT, id, Instant.now(),
				null, new ServiceRequestSubmitted(service, service, IN_W1, address, null, "test"))))
			.isTrue();
		return id;
	}

	private List<JsonNode> awaitStatusEvents(String id, int count) {
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
