package org.muni311.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.browser.Browser;
import org.muni311.intake.request.ServiceRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The resident pages in a real browser, over the real intake service, broker and store (the Open311 tests'
 * context): report and track a request, "me too" at the same spot, errors, the status history, keyboard-only
 * completion. Each page is screenshot and checked with axe-core in English and French.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentPagesIT extends Open311Setup {

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void aResidentChoosesAServiceReportsItAndTracksIt() {
		open("/?lang=en");
		assertThat(heading()).isEqualTo("Report a problem to your municipality");
		bothLanguages("resident-municipalities", "Signaler un problème à votre municipalité");
		navigate(this.browser, this.browser.find(By.linkText("Formats Test")));
		assertThat(heading()).isEqualTo("What do you want to report?");
		assertThat(this.browser.text()).contains("Roads", "Damaged sign", "Broken bench", "Other problems", "Graffiti");
		bothLanguages("resident-services", "Que voulez-vous signaler?");

		this.browser.find(By.id("q")).sendKeys("panneau");
		navigate(this.browser, this.browser.find(By.cssSelector("form[role=search] button")));
		assertThat(this.browser.text()).as("the search keeps matching services only")
			.contains("Damaged sign")
			.doesNotContain("Graffiti", "Broken bench");
		this.browser.screenshot("resident-services-search");
		navigate(this.browser, this.browser.find(By.linkText("Damaged sign")));

		assertThat(heading()).isEqualTo("Damaged sign");
		assertThat(this.browser.text()).contains("What is wrong? (required)", "Which damage? (optional)",
				"Signs are fixed within a week.", "A colour name");
		bothLanguages("resident-report", "Panneau endommagé");
		String description = "Bent sign " + UUID.randomUUID();
		double[] spot = spot();
		this.browser.find(By.cssSelector("label[for=attr-kind]")).click();
		this.browser.find(By.cssSelector("input[name='attribute[damage][]'][value=bent]")).click();
		this.browser.find(By.id("attr-count")).sendKeys("2");
		this.browser.find(By.id("attr-colour")).sendKeys("red");
		this.browser.find(By.id("attr-note")).sendKeys("Near the school");
		this.browser.find(By.id("lat")).sendKeys(Double.toString(spot[0]));
		this.browser.find(By.id("long")).sendKeys(Double.toString(spot[1]));
		this.browser.find(By.id("description")).sendKeys(description);
		this.browser.find(By.id("email")).sendKeys("first.resident@example.org");
		this.browser.screenshot("resident-report-filled");
		navigate(this.browser, this.browser.find(By.id("send")));

		assertThat(heading()).isEqualTo("Report sent");
		String id = this.browser.find(By.id("tracking-id")).getText();
		ServiceRequest stored = stored(id);
		assertThat(stored.channel()).isEqualTo("web");
		assertThat(stored.description()).isEqualTo(description);
		assertThat(stored.contact().email()).isEqualTo("first.resident@example.org");
		assertThat(stored.language()).isEqualTo("en");
		assertThat(stored.location().lat()).isEqualTo(spot[0]);
		assertThat(stored.attributes()).containsEntry("kind", List.of("damaged"))
			.containsEntry("damage", List.of("bent"))
			.containsEntry("count", List.of("2"))
			.containsEntry("colour", List.of("red"));
		bothLanguages("resident-submitted", "Signalement envoyé");

		navigate(this.browser, this.browser.find(By.id("status-link")));
		assertThat(heading()).isEqualTo("Report " + id);
		assertThat(this.browser.find(By.id("status-tag")).getText()).isEqualToIgnoringCase("Received");
		assertThat(this.browser.text()).contains("Damaged sign", description, "We received the report.")
			.as("no contact data on a public page")
			.doesNotContain("first.resident@example.org");
		bothLanguages("resident-status", "Signalement " + id);

		open("/m/" + Open311Fixtures.TENANT + "?lang=en");
		navigate(this.browser, this.browser.find(By.cssSelector("form[action$='/track'] button")));
		assertThat(this.browser.await(By.cssSelector(".error-summary a[href='#request-id']")).getText())
			.isEqualTo("Enter the tracking id of your report");
		this.browser.screenshot("resident-track-error");
		this.browser.assertAccessible("track a report with an error");
		this.browser.find(By.id("request-id")).sendKeys(id.toLowerCase(Locale.ROOT));
		navigate(this.browser, this.browser.find(By.cssSelector("form[action$='/track'] button")));
		this.browser.awaitText("Report " + id);
		assertThat(this.browser.find(By.id("status-tag")).getText()).isEqualToIgnoringCase("Received");
	}

	@Test
	void theStatusPageShowsTheCrewsPublicNotes() {
		String id = submitThroughOpen311(spot(), "Sign knocked down");
		EventEnvelope<ServiceRequestStatusChanged> event = new EventEnvelope<>(UUID.randomUUID().toString(),
				ServiceRequestStatusChanged.TYPE, ServiceRequestStatusChanged.VERSION, Open311Fixtures.TENANT, id,
				Instant.now(), null, new ServiceRequestStatusChanged(1, RequestStatus.IN_PROGRESS, "roads",
						"Roads", "west", null, null, "Crew on the way with a new sign", "crew-7", null));
		KafkaTestClient.shared().send(Topics.REQUESTS_STATUS_CHANGED, id, this.json.writeValueAsString(event));
		await().atMost(Duration.ofSeconds(20)).until(() -> stored(id).statusSequence() == 1);

		open("/m/" + Open311Fixtures.TENANT + "/requests/" + id + "?lang=en");
		assertThat(this.browser.find(By.id("status-tag")).getText()).isEqualToIgnoringCase("In progress");
		assertThat(this.browser.find(By.id("history")).getText().toLowerCase(java.util.Locale.ROOT)).contains(
				"received", "in progress", "crew on the way with a new sign", "handled by roads");
		bothLanguages("resident-status-update", "Signalement " + id);

		// a phone in a resident's hand: nothing wider than the screen
		Dimension before = this.browser.driver().manage().window().getSize();
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			for (String page : List.of("report/sign", "requests/" + id)) {
				open("/m/" + Open311Fixtures.TENANT + "/" + page + "?lang=fr");
				Object overflow = ((JavascriptExecutor) this.browser.driver())
					.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(((Number) overflow).intValue()).as("%s scrolls sideways on a phone", page).isLessThanOrEqualTo(0);
				this.browser.screenshot("resident-phone-" + (page.startsWith("report") ? "report" : "status"));
			}
		}
		finally {
			this.browser.driver().manage().window().setSize(before);
		}
	}

	@Test
	void aSecondResidentAtTheSameSpotSaysMeTooInsteadOfReportingAgain() {
		double[] spot = spot();
		String first = submitThroughOpen311(spot, "Sign is missing");

		// without JavaScript's help: the form's own button lists the nearby reports
		open("/m/" + Open311Fixtures.TENANT + "/report/sign?lang=fr");
		typeSpot(spot);
		navigate(this.browser, this.browser.find(By.name("check-nearby")));
		assertThat(this.browser.find(By.id("nearby")).getText()).contains("Signalements semblables à proximité",
				"Sign is missing");
		assertThat(this.browser.find(By.id("lat")).getAttribute("value")).isEqualTo(Double.toString(spot[0]));
		this.browser.screenshot("resident-nearby-fr");
		this.browser.assertAccessible("nearby reports, French");

		// with JavaScript: htmx lists them as soon as the coordinates change
		open("/m/" + Open311Fixtures.TENANT + "/report/sign?lang=en");
		typeSpot(spot);
		this.browser.find(By.id("long")).sendKeys(Keys.TAB);
		WebElement meToo = this.browser.await(By.cssSelector("#nearby a[href$='/requests/" + first + "/follow']"));
		assertThat(this.browser.find(By.id("nearby")).getText()).contains("Similar reports nearby", "Sign is missing",
				"metres away");
		this.browser.screenshot("resident-nearby-en");
		this.browser.assertAccessible("nearby reports, English");
		navigate(this.browser, meToo);

		assertThat(heading()).isEqualTo("Me too: follow this report");
		bothLanguages("resident-follow", "Moi aussi : suivre ce signalement");
		navigate(this.browser, this.browser.find(By.id("follow")));
		assertThat(this.browser.find(By.cssSelector(".error-summary a[href='#email']")).getText())
			.isEqualTo("Enter your email address");
		this.browser.screenshot("resident-follow-error");
		this.browser.assertAccessible("follow with an error");
		this.browser.find(By.id("email")).sendKeys("second.resident@example.org");
		this.browser.find(By.cssSelector("label[for=language-fr]")).click();
		navigate(this.browser, this.browser.find(By.id("follow")));

		assertThat(heading()).isEqualTo("Report " + first);
		assertThat(this.browser.find(By.id("following-notice")).getText()).contains("You follow this report");
		assertThat(this.browser.text()).doesNotContain("second.resident@example.org");
		this.browser.screenshot("resident-following");
		this.browser.assertAccessible("status page after me too");
		Document raw = this.mongo.findById(ServiceRequest.keyOf(Open311Fixtures.TENANT, first), Document.class,
				ServiceRequest.COLLECTION);
		assertThat(raw.get("followers")).as("the follow is stored on the request").isEqualTo(1);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(KafkaTestClient.shared().readAll(Topics.REQUESTS_SUBSCRIPTIONS))
				.as("the follower is subscribed to the first report, in the language chosen")
				.anySatisfy((record) -> assertThat(record.value()).contains("second.resident@example.org",
						"\"role\":\"follower\"", "\"language\":\"fr\"", "\"channel\":\"web\"", first)));
		assertThat(this.mongo.count(Query.query(Criteria.where("tenant").is(Open311Fixtures.TENANT)
			.and("contact.email").is("second.resident@example.org")), ServiceRequest.class))
			.as("no second report filed").isZero();
	}

	@Test
	void anInvalidReportShowsEachProblemAtItsFieldAndStoresNothing() throws Exception {
		for (String language : List.of("en", "fr")) {
			String description = "Invalid " + language + " " + UUID.randomUUID();
			open("/m/" + Open311Fixtures.TENANT + "/report/sign?lang=" + language);
			this.browser.find(By.id("lat")).sendKeys("91.5");
			this.browser.find(By.id("long")).sendKeys("-75.1");
			this.browser.find(By.id("attr-count")).sendKeys("two");
			this.browser.find(By.id("description")).sendKeys(description);
			navigate(this.browser, this.browser.find(By.id("send")));
			this.browser.await(By.cssSelector(".error-summary"));

			List<String> links = this.browser.driver()
				.findElements(By.cssSelector(".error-summary a"))
				.stream()
				.map((link) -> link.getDomAttribute("href"))
				.toList();
			assertThat(links).containsExactly("#attr-kind", "#attr-count", "#lat");
			String summary = this.browser.find(By.cssSelector(".error-summary")).getText();
			assertThat(summary).contains(language.equals("en") ? "Answer the question: What is wrong?"
					: "Répondez à la question : Quel est le problème?");
			assertThat(this.browser.find(By.id("lat-error")).getText()).contains(language.equals("en")
					? "between -90 and 90" : "entre -90 et 90");
			assertThat(this.browser.find(By.id("description")).getAttribute("value")).as("values kept")
				.isEqualTo(description);
			assertThat(this.browser.find(By.id("lat")).getAttribute("value")).isEqualTo("91.5");
			assertThat(this.browser.driver().getTitle()).startsWith(language.equals("en") ? "Error:" : "Erreur :");
			this.browser.screenshot("resident-errors-" + language);
			this.browser.assertAccessible("report with errors, " + language);
			this.browser.find(By.cssSelector(".error-summary a[href='#lat']")).click();
			assertThat(this.browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("lat");
			assertThat(this.mongo.count(Query.query(Criteria.where("description").is(description)),
					ServiceRequest.class)).as("nothing stored").isZero();
		}

		HttpResponse<String> tampered = post("/m/" + Open311Fixtures.TENANT + "/report/sign",
				"attribute%5Bnope%5D=1&attribute%5Bkind%5D=purple&lat=abc&long=5&email=not-an-email");
		assertThat(tampered.statusCode()).as("bad input is a 400 page, never a 500").isEqualTo(400);
		assertThat(tampered.body()).contains("error-summary", "href=\"#attr-kind\"", "href=\"#lat\"",
				"href=\"#email\"");
	}

	@Test
	void theSameFormSentTwiceFilesOneReport() throws Exception {
		String description = "Sent twice " + UUID.randomUUID();
		String form = "submission=" + UUID.randomUUID() + "&attribute%5Bkind%5D=damaged&lat=44.5&long=-78.5"
				+ "&description=" + description.replace(' ', '+');
		HttpResponse<String> first = post("/m/" + Open311Fixtures.TENANT + "/report/sign", form);
		HttpResponse<String> again = post("/m/" + Open311Fixtures.TENANT + "/report/sign", form);
		assertThat(first.statusCode()).isEqualTo(303);
		assertThat(again.statusCode()).isEqualTo(303);
		assertThat(again.headers().firstValue("Location")).as("the same report's confirmation")
			.isEqualTo(first.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/submitted"));
		assertThat(this.mongo.count(Query.query(Criteria.where("description").is(description)),
				ServiceRequest.class)).isEqualTo(1);
		HttpResponse<String> changed = post("/m/" + Open311Fixtures.TENANT + "/report/sign",
				form.replace("long=-78.5", "long=-78.6"));
		assertThat(changed.headers().firstValue("Location")).as("a changed form is a report of its own")
			.isNotEqualTo(first.headers().firstValue("Location"));
	}

	@Test
	void unknownRequestsServicesAndMunicipalitiesAreANotFoundPageInThePagesLanguage() throws Exception {
		open("/m/" + Open311Fixtures.TENANT + "/requests/NOSUCHID00?lang=en");
		assertThat(heading()).isEqualTo("Page not found");
		bothLanguages("resident-not-found", "Page introuvable");
		for (String path : List.of("/m/" + Open311Fixtures.TENANT + "/requests/NOSUCHID00",
				"/m/" + Open311Fixtures.TENANT + "/report/nosuchservice", "/m/nowhere.example")) {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "fr").build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).as(path).contains("Page introuvable").doesNotContain("Whitelabel");
		}
	}

	@Test
	void theReportFormWorksWithoutJavaScript() {
		double[] spot = spot();
		String first = submitThroughOpen311(spot, "Sign faded away");
		try (Browser plain = Browser.start(false)) {
			plain.open(url("/m/" + Open311Fixtures.TENANT + "?lang=en"));
			plain.find(By.id("q")).sendKeys("sign");
			navigate(plain, plain.find(By.cssSelector("form[role=search] button")));
			plain.await(By.linkText("Damaged sign"));
			navigate(plain, plain.find(By.linkText("Damaged sign")));
			plain.await(By.id("report"));
			assertThat(plain.find(By.id("map")).isDisplayed()).as("the map needs scripts: hidden without them")
				.isFalse();
			plain.find(By.cssSelector("label[for=attr-kind]")).click();
			plain.find(By.id("lat")).sendKeys(Double.toString(spot[0]));
			plain.find(By.id("long")).sendKeys(Double.toString(spot[1]));
			plain.find(By.name("check-nearby")).click();
			assertThat(plain.await(By.id("nearby")).getText()).contains("Similar reports nearby", "Sign faded away");
			assertThat(plain.find(By.id("attr-kind")).isSelected()).as("answers kept").isTrue();
			plain.screenshot("resident-nearby-without-javascript");
			plain.find(By.id("description")).sendKeys("Another sign, not the same one");
			navigate(plain, plain.find(By.id("send")));

			assertThat(plain.await(By.tagName("h1")).getText()).isEqualTo("Report sent");
			String id = plain.find(By.id("tracking-id")).getText();
			assertThat(id).isNotEqualTo(first);
			assertThat(stored(id).description()).isEqualTo("Another sign, not the same one");
			plain.screenshot("resident-submitted-without-javascript");
		}
	}

	@Test
	void aResidentCompletesTheReportWithTheKeyboardOnly() {
		open("/m/" + Open311Fixtures.TENANT + "?lang=en");
		tabTo((element) -> "Damaged sign".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.await(By.id("report"));
		tabTo((element) -> "attr-kind".equals(element.getDomAttribute("id")));
		press(Keys.SPACE);
		double[] spot = spot();
		tabTo((element) -> "lat".equals(element.getDomAttribute("id")));
		press(Double.toString(spot[0]));
		press(Keys.TAB);
		press(Double.toString(spot[1]));
		tabTo((element) -> "description".equals(element.getDomAttribute("id")));
		press("Typed without a mouse");
		tabTo((element) -> "email".equals(element.getDomAttribute("id")));
		press("keyboard@example.org");
		tabTo((element) -> "send".equals(element.getDomAttribute("id")));
		press(Keys.ENTER);

		this.browser.await(By.id("tracking-id"));
		assertThat(heading()).isEqualTo("Report sent");
		String id = this.browser.find(By.id("tracking-id")).getText();
		assertThat(stored(id).attributes()).containsEntry("kind", List.of("damaged"));
		assertThat(stored(id).description()).isEqualTo("Typed without a mouse");
		this.browser.screenshot("resident-keyboard-submitted");
	}

	/** Screenshots and checks the page in English, then switches to French with the header's link and back. */
	private void bothLanguages(String name, String frenchHeading) {
		assertThat(this.browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		this.browser.screenshot(name + "-en");
		this.browser.assertAccessible(name + ", English");
		navigate(this.browser, this.browser.find(By.cssSelector("a.language-switch")));
		assertThat(heading()).isEqualTo(frenchHeading);
		assertThat(this.browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
		this.browser.screenshot(name + "-fr");
		this.browser.assertAccessible(name + ", French");
		navigate(this.browser, this.browser.find(By.cssSelector("a.language-switch")));
		assertThat(this.browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
	}

	/** Clicks {@code target} and waits until the next page replaced this one. */
	private static void navigate(Browser browser, WebElement target) {
		WebElement page = browser.find(By.tagName("html"));
		target.click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

	private void tabTo(Predicate<WebElement> wanted) {
		for (int i = 0; i < 120; i++) {
			press(Keys.TAB);
			if (wanted.test(this.browser.driver().switchTo().activeElement())) {
				return;
			}
		}
		throw new AssertionError("Tab never reached the element; stopped at "
				+ this.browser.driver().switchTo().activeElement().getAttribute("outerHTML"));
	}

	private void press(CharSequence keys) {
		new Actions(this.browser.driver()).sendKeys(keys).perform();
	}

	private void typeSpot(double[] spot) {
		this.browser.find(By.id("lat")).sendKeys(Double.toString(spot[0]));
		this.browser.find(By.id("long")).sendKeys(Double.toString(spot[1]));
	}

	private String heading() {
		return this.browser.await(By.tagName("h1")).getText();
	}

	private void open(String path) {
		this.browser.open(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private ServiceRequest stored(String id) {
		ServiceRequest stored = this.mongo.findById(ServiceRequest.keyOf(Open311Fixtures.TENANT, id),
				ServiceRequest.class);
		assertThat(stored).as("request %s stored", id).isNotNull();
		return stored;
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", FORM)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String submitThroughOpen311(double[] spot, String description) {
		String form = "jurisdiction_id=" + Open311Fixtures.TENANT + "&api_key=" + Open311Fixtures.KEY
				+ "&service_code=sign&attribute%5Bkind%5D=missing&lat=" + spot[0] + "&long=" + spot[1]
				+ "&description=" + description.replace(' ', '+');
		Open311Client.Answer answer = this.open311.post("/requests.json", FORM, form);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return (String) answer.first().get("service_request_id");
	}

	/** A place no other test reports at, so nearby reports are this test's own. */
	private static double[] spot() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new double[] { round(44 + random.nextDouble()), round(-79 + random.nextDouble()) };
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e5) / 1e5;
	}

}
