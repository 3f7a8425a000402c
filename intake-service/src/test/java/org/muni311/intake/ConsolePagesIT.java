package org.muni311.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.autoconfigure.audit.Masks;
import org.muni311.autoconfigure.audit.StaffRead;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.browser.Browser;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.municipality.ApiKeys;
import org.muni311.municipality.Configurations;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The agent console in a real browser against the real intake (Kafka, store) and the
 * notification service's delivery log served by WireMock: sign-in, a caller's look-up, a
 * request logged for them (channel phone), the duplicate check and "me too" for a second
 * caller, the timeline; every page checked with axe-core in English and French and saved
 * as a screenshot ({@code target/screenshots/console-*}).
 */
@ChannelsContext
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

	private ConsoleBrowser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new ConsoleBrowser(Browser.start(), "http://localhost:" + this.port);
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

		this.browser.open("/console/" + TENANT + "?lang=en");
		assertThat(this.browser.path()).as("a visitor signs in first").isEqualTo("/sign-in");
		this.browser.signIn("agent-7", "agent-pw");
		assertThat(this.browser.path()).as("and lands where they asked").isEqualTo("/console/" + TENANT);
		this.browser.bothLanguages("console-find-caller");

		this.browser.submit();
		assertThat(this.browser.find(By.cssSelector(".error-summary a[href='#query']")).getText())
			.isEqualTo("Enter the caller's phone number or email address");
		this.browser.bothLanguages("console-find-caller-error");

		this.browser.find(By.id("query")).sendKeys(phone);
		this.browser.submit();
		assertThat(this.browser.text()).contains("Requests of " + phone, "This caller has no requests yet.");
		assertThat(this.browser.driver().getCurrentUrl()).as("no contact data in the address").doesNotContain("555");
		this.browser.follow(By.cssSelector("a[href$='/requests/new']"));
		this.browser.bothLanguages("console-choose-service");
		new Select(this.browser.find(By.id("service"))).selectByValue("sign");
		this.browser.submit();
		assertThat(this.browser.find(By.id("phone")).getAttribute("value")).as("prefilled").isEqualTo(phone);
		this.browser.bothLanguages("console-log-request");

		this.browser.submit();
		assertThat(this.browser.find(By.cssSelector(".error-summary")).getText())
			.contains("Answer the question: What is wrong?", "Enter the address, or the latitude and longitude");
		assertThat(this.browser.find(By.cssSelector(".error-summary a[href='#attribute-kind']"))).isNotNull();
		assertThat(this.browser.status()).as("shown again, nothing stored").isEqualTo(400);
		this.browser.assertAccessibleWithScreenshot("console-log-request-errors-en",
				"request form with errors, English");
		this.browser.open("/console/" + TENANT + "/requests/new?service=sign&lang=fr");
		this.browser.submit();
		assertThat(this.browser.find(By.cssSelector(".error-summary")).getText())
			.contains("Répondez à la question : Quel est le problème?");
		this.browser.assertAccessibleWithScreenshot("console-log-request-errors-fr",
				"request form with errors, French");
		this.browser.open("/console/" + TENANT + "/requests/new?service=sign&lang=en");

		this.browser.find(By.id("attribute-kind")).click();
		this.browser.find(By.id("lat")).sendKeys(ConsoleBrowser.coordinate(lat));
		this.browser.find(By.id("lon")).sendKeys(ConsoleBrowser.coordinate(lon));
		this.browser.find(By.id("description")).sendKeys("Stop sign bent over");
		this.browser.find(By.id("email")).sendKeys("caller-one@example.org");
		this.browser.find(By.id("updates-sms")).click();
		this.browser.submit();
		String first = this.browser.await(By.cssSelector(".tracking-id")).getText();
		assertThat(this.browser.text()).contains("Request logged", "***4567", "Text message", "Sent",
				"Phone, logged by an agent", "agent-7");
		this.browser.bothLanguages("console-timeline");
		assertThat(this.mongo.find(Query.query(Criteria.where("subject").is(first)), StaffRead.class))
			.as("the agent's reads of the delivery log, in the audit log of staff reads")
			.isNotEmpty()
			.allSatisfy((read) -> assertThat(read.who() + " " + read.what()).isEqualTo("agent-7 delivery log"));
		assertThat(this.mongo.find(Query.query(Criteria.where("subject").is(Masks.mask(phone))), StaffRead.class))
			.as("the look-up of the caller, masked")
			.anySatisfy((read) -> assertThat(read.who() + " " + read.what()).isEqualTo("agent-7 caller history"));
		ServiceRequest stored = this.mongo.findById(ServiceRequest.keyOf(TENANT, first), ServiceRequest.class);
		assertThat(stored.channel()).isEqualTo("phone");
		assertThat(stored.filedBy()).isEqualTo("agent-7");
		assertThat(stored.attributes()).containsEntry("kind", List.of("damaged"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(KafkaTestClient.shared().readAll(Topics.REQUESTS_SUBSCRIPTIONS))
				.anySatisfy((record) -> {
					assertThat(record.key()).isEqualTo(first);
					assertThat(record.value()).contains("\"role\":\"caller\"", "\"channel\":\"phone\"", phone)
						.as("updates by text message only")
						.doesNotContain("caller-one@example.org");
				}));

		this.browser.open("/console/" + TENANT + "?lang=en");
		assertThat(this.browser.find(By.cssSelector("table a")).getText()).isEqualTo(first);
		assertThat(this.browser.text()).contains("Received");
		this.browser.bothLanguages("console-caller-requests");

		String second = "second-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
		DeliveryLogStub.server()
			.stubFor(get(urlPathEqualTo(DELIVERIES.formatted(first))).atPriority(1).willReturn(serverError()));
		this.browser.find(By.id("query")).clear();
		this.browser.find(By.id("query")).sendKeys(second);
		this.browser.submit();
		this.browser.open("/console/" + TENANT + "/requests/new?service=sign&lang=en");
		this.browser.find(By.id("attribute-kind-1")).click();
		this.browser.find(By.id("lat")).sendKeys(ConsoleBrowser.coordinate(lat + 0.0001));
		this.browser.find(By.id("lon")).sendKeys(ConsoleBrowser.coordinate(lon));
		this.browser.find(By.id("language-fr")).click();
		this.browser.submit();
		this.browser.awaitText("Is this the same problem?");
		assertThat(this.browser.text()).contains("Request " + first);
		this.browser.bothLanguages("console-duplicates");
		this.browser.follow(By.cssSelector("form[action$='/requests/" + first + "/followers'] button"));

		this.browser.awaitText("The caller was added to this request");
		assertThat(this.browser.text()).contains(first, "Notifications are unavailable right now");
		this.browser.bothLanguages("console-timeline-followed");
		assertThat(this.mongo.count(Query.query(Criteria.where("contact.email").is(second)), ServiceRequest.class))
			.as("the second caller follows; nothing new was filed")
			.isZero();
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
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/console/" + TENANT)).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/sign-in"));

		this.browser.open("/console/" + TENANT + "?lang=en");
		this.browser.signIn("platform", "platform-pw");
		assertThat(this.browser.find(By.tagName("h1")).getText()).as("a platform administrator is no agent")
			.isEqualTo("You cannot open this page");
		assertThat(this.browser.status()).isEqualTo(403);
		this.browser.bothLanguages("console-refused");

		this.browser.driver().manage().deleteAllCookies();
		this.browser.open("/console?lang=en");
		this.browser.signIn("agent-7", "agent-pw");
		assertThat(this.browser.find(By.cssSelector("main a[href='/console/" + TENANT + "']")).getText())
			.isEqualTo("Formats Test");
		this.browser.bothLanguages("console-home");
		this.browser.open("/console/" + TENANT + "/requests/NOSUCHREQ0?lang=en");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(this.browser.status()).isEqualTo(404);
		this.browser.bothLanguages("console-not-found");
		this.browser.open("/console/" + Open311Client.DEMO + "?lang=en");
		assertThat(this.browser.find(By.tagName("h1")).getText()).as("an agent of another municipality")
			.isEqualTo("You cannot open this page");
		assertThat(this.browser.status()).isEqualTo(403);
	}

}
