package org.muni311.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.muni311.deploy.testsupport.browser.Browser;
import org.muni311.intake.request.ServiceRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the resident pages' browser tests share: the Open311 tests' context (the real
 * intake service, broker and store, and their test municipality), one Chromium per test
 * class, and the steps of a resident: open a page, go to the next one, check a page in
 * English and French (screenshot and axe-core), use the keyboard only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResidentPagesSetup extends Open311Setup {

	Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	/**
	 * Screenshots and checks the page in English, then switches to French with the
	 * header's link and back.
	 */
	void bothLanguages(String name, String frenchHeading) {
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
	static void navigate(Browser browser, WebElement target) {
		browser.clickToNextPage(target);
	}

	/** Presses TAB until the focused element is {@code wanted}. */
	void tabTo(Predicate<WebElement> wanted) {
		for (int i = 0; i < 120; i++) {
			press(Keys.TAB);
			if (wanted.test(this.browser.driver().switchTo().activeElement())) {
				return;
			}
		}
		throw new AssertionError("Tab never reached the element; stopped at "
				+ this.browser.driver().switchTo().activeElement().getAttribute("outerHTML"));
	}

	void press(CharSequence keys) {
		new Actions(this.browser.driver()).sendKeys(keys).perform();
	}

	void typeSpot(double[] spot) {
		this.browser.find(By.id("lat")).sendKeys(Double.toString(spot[0]));
		this.browser.find(By.id("long")).sendKeys(Double.toString(spot[1]));
	}

	String heading() {
		return this.browser.await(By.tagName("h1")).getText();
	}

	void open(String path) {
		this.browser.open(url(path));
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	ServiceRequest stored(String id) {
		ServiceRequest stored = this.mongo.findById(ServiceRequest.keyOf(Open311Fixtures.TENANT, id),
				ServiceRequest.class);
		assertThat(stored).as("request %s stored", id).isNotNull();
		return stored;
	}

	HttpResponse<String> post(String path, String form) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", FORM)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	String submitThroughOpen311(double[] spot, String description) {
		String form = "jurisdiction_id=" + Open311Fixtures.TENANT + "&api_key=" + Open311Fixtures.KEY
				+ "&service_code=sign&attribute%5Bkind%5D=missing&lat=" + spot[0] + "&long=" + spot[1] + "&description="
				+ description.replace(' ', '+');
		Open311Client.Answer answer = this.open311.post("/requests.json", FORM, form);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return (String) answer.first().get("service_request_id");
	}

	/** A place no other test reports at, so nearby reports are this test's own. */
	static double[] spot() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new double[] { round(44 + random.nextDouble()), round(-79 + random.nextDouble()) };
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e5) / 1e5;
	}

}
