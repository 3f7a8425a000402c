package org.muni311.intake;

import java.net.URI;
import java.util.Locale;

import org.muni311.deploy.testsupport.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser of {@link ConsolePagesIT}, with the console's steps: sign in, submit, check
 * a page in both languages.
 */
final class ConsoleBrowser implements AutoCloseable {

	private final Browser browser;

	private final String base;

	ConsoleBrowser(Browser browser, String base) {
		this.browser = browser;
		this.base = base;
	}

	WebDriver driver() {
		return this.browser.driver();
	}

	WebElement find(By by) {
		return this.browser.find(by);
	}

	WebElement await(By by) {
		return this.browser.await(by);
	}

	void awaitText(String text) {
		this.browser.awaitText(text);
	}

	String text() {
		return this.browser.text();
	}

	void signIn(String username, String password) {
		assertThat(path()).isEqualTo("/sign-in");
		this.browser.find(By.id("username")).sendKeys(username);
		this.browser.find(By.id("password")).sendKeys(password);
		submit();
	}

	/**
	 * Submits the main form of the page (the header's sign-out button is a form too) and
	 * waits for the next.
	 */
	void submit() {
		follow(By.cssSelector("main button[type=submit]"));
	}

	/** Clicks {@code by} and waits until the page it leads to replaced this one. */
	void follow(By by) {
		this.browser.clickToNextPage(this.browser.find(by));
	}

	/**
	 * Checks the page as shown (English), saves it, then the same address in French and
	 * back: {@code name}-en and {@code name}-fr.
	 */
	void bothLanguages(String name) {
		String url = this.browser.driver().getCurrentUrl();
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertAccessibleWithScreenshot(name + "-en", name + ", English");
		this.browser.open(language(url, "fr"));
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertAccessibleWithScreenshot(name + "-fr", name + ", French");
		this.browser.open(language(url, "en"));
	}

	void assertAccessibleWithScreenshot(String screenshot, String page) {
		this.browser.screenshot(screenshot);
		this.browser.assertAccessible(page);
	}

	int status() {
		return ((Number) ((JavascriptExecutor) this.browser.driver())
			.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus")).intValue();
	}

	static String language(String url, String language) {
		return UriComponentsBuilder.fromUriString(url).replaceQueryParam("lang", language).build().toUriString();
	}

	static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.6f", value);
	}

	void open(String path) {
		this.browser.open(base() + path);
	}

	String path() {
		return URI.create(this.browser.driver().getCurrentUrl()).getPath();
	}

	String base() {
		return this.base;
	}

	@Override
	public void close() {
		this.browser.close();
	}

}
