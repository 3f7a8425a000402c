package org.muni311.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.browser.Browser;
import org.muni311.intake.request.ServiceRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The report form in a real browser: "me too" at the same spot instead of a second
 * report, every problem at its field with nothing stored, the form without JavaScript,
 * and the whole report with the keyboard only.
 */
class ResidentReportIT extends ResidentPagesSetup {

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
		assertThat(this.browser.driver().findElements(By.cssSelector("#map.leaflet-container")))
			.as("the map ran under the Content-Security-Policy")
			.hasSize(1);
		this.browser.assertNoPolicyViolations("the report page with its map and htmx");
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
		assertThat(this.mongo.count(Query.query(Criteria.where("tenant")
			.is(Open311Fixtures.TENANT)
			.and("contact.email")
			.is("second.resident@example.org")), ServiceRequest.class)).as("no second report filed").isZero();
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
			assertThat(this.browser.find(By.id("lat-error")).getText())
				.contains(language.equals("en") ? "between -90 and 90" : "entre -90 et 90");
			assertThat(this.browser.find(By.id("description")).getAttribute("value")).as("values kept")
				.isEqualTo(description);
			assertThat(this.browser.find(By.id("lat")).getAttribute("value")).isEqualTo("91.5");
			assertThat(this.browser.driver().getTitle()).startsWith(language.equals("en") ? "Error:" : "Erreur :");
			this.browser.screenshot("resident-errors-" + language);
			this.browser.assertAccessible("report with errors, " + language);
			this.browser.find(By.cssSelector(".error-summary a[href='#lat']")).click();
			assertThat(this.browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("lat");
			assertThat(
					this.mongo.count(Query.query(Criteria.where("description").is(description)), ServiceRequest.class))
				.as("nothing stored")
				.isZero();
		}

		HttpResponse<String> tampered = post("/m/" + Open311Fixtures.TENANT + "/report/sign",
				"attribute%5Bnope%5D=1&attribute%5Bkind%5D=purple&lat=abc&long=5&email=not-an-email");
		assertThat(tampered.statusCode()).as("bad input is a 400 page, never a 500").isEqualTo(400);
		assertThat(tampered.body()).contains("error-summary", "href=\"#attr-kind\"", "href=\"#lat\"",
				"href=\"#email\"");
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
	void aReportPostedFromAnotherSiteIsRefusedWithAPageSayingWhyAndStoresNothing() throws Exception {
		String form = "/m/" + Open311Fixtures.TENANT + "/report/sign";
		String description = "Cross-site " + UUID.randomUUID();
		HttpResponse<String> evil = postFrom("https://evil.example", form, "description=x");
		assertThat(evil.statusCode()).isEqualTo(403);
		assertThat(evil.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> type.startsWith("text/html"));
		assertThat(evil.body()).contains("This form was sent from another website",
				"Ce formulaire a été envoyé depuis un autre site", "href=\"" + form + "\"");
		assertThat(postFrom("null", form, "description=" + description).statusCode()).as("an opaque origin")
			.isEqualTo(403);
		assertThat(postFrom("http://localhost:" + this.port, form, "description=x").statusCode())
			.as("the service's own page posting its form")
			.isEqualTo(400);
		assertThat(this.mongo.count(Query.query(Criteria.where("description").is(description)), ServiceRequest.class))
			.as("nothing stored")
			.isZero();
	}

	private HttpResponse<String> postFrom(String origin, String path, String form) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Origin", origin)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
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

}
