package org.muni311.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.browser.Browser;
import org.muni311.intake.municipality.ApiKeys;
import org.muni311.intake.municipality.Configurations;
import org.muni311.intake.request.ServiceRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The agent console in a real browser against the real intake (Kafka, store) and the notification service's
 * delivery log served by WireMock: sign-in, a caller's look-up, a request logged for them (channel phone), the
 * duplicate check and "me too" for a second caller, the timeline; every page checked with axe-core in English and
 * French and saved as a screenshot ({@code target/screenshots/console-*}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"muni311.security.users[0].username=platform", "muni311.security.users[0].password={noop}platform-pw",
		"muni311.security.users[0].roles=PLATFORM_ADMIN",
		"muni311.security.users[1].username=clerk-a", "muni311.security.users[1].password={noop}clerk-pw",
		"muni311.security.users[1].roles=MUNICIPALITY_ADMIN",
		"muni311.security.users[1].municipalities=a.admin-it.example",
		// the properties and imports of MunicipalityAdminIT and ChannelsIT: one context for the three
		"muni311.security.users[2].username=agent-7", "muni311.security.users[2].password={noop}agent-pw",
		"muni311.security.users[2].roles=AGENT", "muni311.security.users[2].municipalities=formats.example",
		"muni311.intake.social-secrets[formats.example]=social-test-secret" })
@Import({ InfrastructureTestConfiguration.class, DeliveryLogStub.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesIT {

	private static final String TENANT = Open311Fixtures.TENANT;

	private static final String DELIVERIES = "/agent/v1/municipalities/" + TENANT + "/requests/%s/deliveries";

	@LocalServerPort
	int port;

	@Autowired
	Configurations configurations;

	@Autowired
	ApiKeys keys;

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@BeforeEach
	void municipalityAndNobodySignedIn() {
		Open311Fixtures.ensure(this.configurations, this.keys, this.json);
		this.browser.driver().manage().deleteAllCookies();
	}

	@Test
	void anAgentFindsACallerLogsARequestForThemAndAddsASecondCallerToItAsAFollower() {
		String phone = "+1613555" + ThreadLocalRandom.current().nextInt(1000, 9999);
		double lat = 44.0 + ThreadLocalRandom.current().nextDouble(0.5);
		double lon = -76.5 + ThreadLocalRandom.current().nextDouble(0.5);
		DeliveryLogStub.server()
			.stubFor(get(urlPathMatching(DELIVERIES.formatted("[^/]+"))).atPriority(10)
				.withBasicAuth(DeliveryLogStub.USERNAME, DeliveryLogStub.PASSWORD)
				.willReturn(okJson("""
						[{"eventId": "e-1", "kind": "submitted", "channel": "sms", "recipient": "***4567",
						  "subject": null, "state": "SENT", "attempts": 0, "lastError": null,
						  "occurredAt": "2026-11-27T10:00:00Z", "updatedAt": "2026-11-27T10:00:05Z"}]""")));

		open("/console/" + TENANT + "?lang=en");
		assertThat(path()).as("a visitor signs in first").isEqualTo("/sign-in");
		signIn("agent-7", "agent-pw");
		assertThat(path()).as("and lands where they asked").isEqualTo("/console/" + TENANT);
		bothLanguages("console-find-caller");

		submit();
		assertThat(this.browser.find(By.cssSelector(".error-summary a[href='#query']")).getText())
			.isEqualTo("Enter the caller's phone number or email address");
		bothLanguages("console-find-caller-error");

		this.browser.find(By.id("query")).sendKeys(phone);
		submit();
		assertThat(this.browser.text()).contains("Requests of " + phone, "This caller has no requests yet.");
		assertThat(this.browser.driver().getCurrentUrl()).as("no contact data in the address").doesNotContain("555");
		this.browser.find(By.cssSelector("a[href$='/requests/new']")).click();
		bothLanguages("console-choose-service");
		new Select(this.browser.find(By.id("service"))).selectByValue("sign");
		submit();
		assertThat(this.browser.find(By.id("phone")).getAttribute("value")).as("prefilled").isEqualTo(phone);
		bothLanguages("console-log-request");

		submit();
		assertThat(this.browser.find(By.cssSelector(".error-summary")).getText()).contains(
				"Answer the question: What is wrong?", "Enter the address, or the latitude and longitude");
		assertThat(this.browser.find(By.cssSelector(".error-summary a[href='#attribute-kind']"))).isNotNull();
		assertThat(status()).as("shown again, nothing stored").isEqualTo(400);
		assertAccessibleWithScreenshot("console-log-request-errors-en", "request form with errors, English");
		open("/console/" + TENANT + "/requests/new?service=sign&lang=fr");
		submit();
		assertThat(this.browser.find(By.cssSelector(".error-summary")).getText())
			.contains("Répondez à la question : Quel est le problème?");
		assertAccessibleWithScreenshot("console-log-request-errors-fr", "request form with errors, French");
		open("/console/" + TENANT + "/requests/new?service=sign&lang=en");

		this.browser.find(By.id("attribute-kind")).click();
		this.browser.find(By.id("lat")).sendKeys(coordinate(lat));
		this.browser.find(By.id("lon")).sendKeys(coordinate(lon));
		this.browser.find(By.id("description")).sendKeys("Stop sign bent over");
		this.browser.find(By.id("email")).sendKeys("caller-one@example.org");
		this.browser.find(By.id("updates-sms")).click();
		submit();
		String first = this.browser.await(By.cssSelector(".tracking-id")).getText();
		assertThat(this.browser.text()).contains("Request logged", "***4567", "Text message", "Sent",
				"Phone, logged by an agent", "agent-7");
		bothLanguages("console-timeline");
		ServiceRequest stored = this.mongo.findById(ServiceRequest.keyOf(TENANT, first), ServiceRequest.class);
		assertThat(stored.channel()).isEqualTo("phone");
		assertThat(stored.filedBy()).isEqualTo("agent-7");
		assertThat(stored.attributes()).containsEntry("kind", List.of("damaged"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(KafkaTestClient.shared().readAll(Topics.REQUESTS_SUBSCRIPTIONS))
				.anySatisfy((record) -> {
					assertThat(record.key()).isEqualTo(first);
					assertThat(record.value()).contains("\"role\":\"caller\"", "\"channel\":\"phone\"", phone)
						.as("updates by text message only").doesNotContain("caller-one@example.org");
				}));

		open("/console/" + TENANT + "?lang=en");
		assertThat(this.browser.find(By.cssSelector("table a")).getText()).isEqualTo(first);
		assertThat(this.browser.text()).contains("Received");
		bothLanguages("console-caller-requests");

		String second = "second-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
		DeliveryLogStub.server()
			.stubFor(get(urlPathEqualTo(DELIVERIES.formatted(first))).atPriority(1).willReturn(serverError()));
		this.browser.find(By.id("query")).clear();
		this.browser.find(By.id("query")).sendKeys(second);
		submit();
		open("/console/" + TENANT + "/requests/new?service=sign&lang=en");
		this.browser.find(By.id("attribute-kind-1")).click();
		this.browser.find(By.id("lat")).sendKeys(coordinate(lat + 0.0001));
		this.browser.find(By.id("lon")).sendKeys(coordinate(lon));
		this.browser.find(By.id("language-fr")).click();
		submit();
		this.browser.awaitText("Is this the same problem?");
		assertThat(this.browser.text()).contains("Request " + first);
		bothLanguages("console-duplicates");
		this.browser.find(By.cssSelector("form[action$='/requests/" + first + "/followers'] button")).click();

		this.browser.awaitText("The caller was added to this request");
		assertThat(this.browser.text()).contains(first,
				"Notifications are unavailable right now");
		bothLanguages("console-timeline-followed");
		assertThat(this.mongo.count(Query.query(Criteria.where("contact.email").is(second)), ServiceRequest.class))
			.as("the second caller follows; nothing new was filed").isZero();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(KafkaTestClient.shared().readAll(Topics.REQUESTS_SUBSCRIPTIONS))
				.anySatisfy((record) -> {
					assertThat(record.key()).isEqualTo(first);
					assertThat(record.value()).contains("\"role\":\"follower\"", second, "\"language\":\"fr\"");
				}));
	}

	@Test
	void sendsVisitorsToSignInAndRefusesStaffWhoAreNotAgentsOfTheMunicipality() throws Exception {
		HttpResponse<Void> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/console/" + TENANT)).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/sign-in"));

		open("/console/" + TENANT + "?lang=en");
		signIn("platform", "platform-pw");
		assertThat(this.browser.find(By.tagName("h1")).getText()).as("a platform administrator is no agent")
			.isEqualTo("You cannot open this page");
		assertThat(status()).isEqualTo(403);
		bothLanguages("console-refused");

		this.browser.driver().manage().deleteAllCookies();
		open("/console?lang=en");
		signIn("agent-7", "agent-pw");
		assertThat(this.browser.find(By.cssSelector("main a[href='/console/" + TENANT + "']")).getText())
			.isEqualTo("Formats Test");
		bothLanguages("console-home");
		open("/console/" + TENANT + "/requests/NOSUCHREQ0?lang=en");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(status()).isEqualTo(404);
		bothLanguages("console-not-found");
		open("/console/" + Open311Client.DEMO + "?lang=en");
		assertThat(this.browser.find(By.tagName("h1")).getText()).as("an agent of another municipality")
			.isEqualTo("You cannot open this page");
		assertThat(status()).isEqualTo(403);
	}

	private void signIn(String username, String password) {
		assertThat(path()).isEqualTo("/sign-in");
		this.browser.find(By.id("username")).sendKeys(username);
		this.browser.find(By.id("password")).sendKeys(password);
		submit();
	}

	/** Submits the main form of the page (the header's sign-out button is a form too). */
	private void submit() {
		this.browser.find(By.cssSelector("main button[type=submit]")).click();
	}

	/**
	 * Checks the page as shown (English), saves it, then the same address in French and back: {@code name}-en and
	 * {@code name}-fr.
	 */
	private void bothLanguages(String name) {
		String url = this.browser.driver().getCurrentUrl();
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertAccessibleWithScreenshot(name + "-en", name + ", English");
		this.browser.open(language(url, "fr"));
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertAccessibleWithScreenshot(name + "-fr", name + ", French");
		this.browser.open(language(url, "en"));
	}

	private void assertAccessibleWithScreenshot(String screenshot, String page) {
		this.browser.screenshot(screenshot);
		this.browser.assertAccessible(page);
	}

	private int status() {
		return ((Number) ((JavascriptExecutor) this.browser.driver())
			.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus")).intValue();
	}

	private static String language(String url, String language) {
		return UriComponentsBuilder.fromUriString(url).replaceQueryParam("lang", language).build().toUriString();
	}

	private static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.6f", value);
	}

	private void open(String path) {
		this.browser.open(base() + path);
	}

	private String path() {
		return URI.create(this.browser.driver().getCurrentUrl()).getPath();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
