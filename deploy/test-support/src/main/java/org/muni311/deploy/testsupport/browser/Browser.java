package org.muni311.deploy.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium for a test class: Debian's {@code /usr/bin/chromium} through
 * {@code /usr/bin/chromedriver} (the root build's validate phase installs both with apt
 * where they are missing: {@code deploy/test-support/provide-test-tools.sh}), its profile
 * and the driver's home under {@code target/browser}. Saves screenshots to
 * {@code target/screenshots/} and checks pages with axe-core against WCAG 2.0 A and AA.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** The axe-core tags of WCAG 2.0 level A and AA. */
	private static final List<String> WCAG_20_AA = List.of("wcag2a", "wcag2aa");

	private final ChromeDriver driver;

	private final Path screenshots;

	private Browser(ChromeDriver driver, Path screenshots) {
		this.driver = driver;
		this.screenshots = screenshots;
	}

	/**
	 * Starts Chromium, failing with what to install when it is missing: the build
	 * provides it, so it is missing only when the tests run without the root build's
	 * validate phase (a test started from an IDE, one module built without {@code -am},
	 * or {@code -Dmuni311.test-tools.skip=true}).
	 */
	public static Browser start() {
		return start(true);
	}

	/**
	 * Starts Chromium with JavaScript on or off ({@code false}: pages as a browser
	 * without scripts sees them, to check that forms work without them), with a profile
	 * of its own so both kinds can run at once.
	 */
	public static Browser start(boolean javascript) {
		assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
			.as("browser tests need Debian's chromium and chromium-driver at %s and %s; ./mvnw verify installs them "
					+ "(deploy/test-support/provide-test-tools.sh), or: apt-get install -y chromium chromium-driver",
					CHROMIUM, CHROMEDRIVER)
			.isTrue();
		Path target = Path.of("target").toAbsolutePath();
		Path home = target.resolve("browser");
		Path profile = home.resolve(javascript ? "profile" : "profile-without-javascript");
		try {
			Files.createDirectories(profile);
			Files.createDirectories(target.resolve("screenshots"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.setProperty("SE_OFFLINE", "true");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
					"XDG_CACHE_HOME", home.resolve("cache").toString(), "SE_OFFLINE", "true"))
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--lang=en", "--user-data-dir=" + profile);
		if (!javascript) {
			options.addArguments("--blink-settings=scriptEnabled=false");
		}
		// the console, for consoleMessages(): Content-Security-Policy violations are
		// reported there
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, target.resolve("screenshots"));
	}

	/**
	 * The console's messages since the last call (each {@code LEVEL message}), such as
	 * the browser's report of a resource the Content-Security-Policy refused.
	 */
	public List<String> consoleMessages() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map((entry) -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	/**
	 * Fails if the console reported a Content-Security-Policy violation since the last
	 * look at it.
	 */
	public Browser assertNoPolicyViolations(String page) {
		List<String> violations = consoleMessages().stream()
			.filter((message) -> message.contains("Content Security Policy")
					|| message.contains("Content-Security-Policy"))
			.toList();
		if (!violations.isEmpty()) {
			throw new AssertionError("Content-Security-Policy violations on " + page + ": " + violations);
		}
		return this;
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Opens {@code url} and waits until the page has loaded. */
	public Browser open(String url) {
		this.driver.get(url);
		return this;
	}

	public WebElement find(By by) {
		return this.driver.findElement(by);
	}

	/**
	 * Clicks {@code target} and waits (up to 15 s) until the page it leads to has
	 * replaced this one and loaded. The old page is marked with a script variable the new
	 * document does not have: waiting for the old {@code <html>} element to go stale
	 * instead sometimes fails in Chromium with "Node with given id does not belong to the
	 * document" when the machine is busy.
	 */
	public Browser clickToNextPage(WebElement target) {
		JavascriptExecutor script = this.driver;
		script.executeScript("window.muni311Leaving = true;");
		target.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
			.until((browser) -> !Boolean.TRUE.equals(script.executeScript("return window.muni311Leaving === true;"))
					&& "complete".equals(script.executeScript("return document.readyState;")));
		return this;
	}

	/** Waits (up to 15 s) until {@code by} is visible and returns it. */
	public WebElement await(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits (up to 15 s) until the page text contains {@code text}. */
	public Browser awaitText(String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((browser) -> browser.findElement(By.tagName("body")).getText().contains(text));
		return this;
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * Saves a PNG of the window as {@code target/screenshots/{name}.png} and returns its
	 * path.
	 */
	public Path screenshot(String name) {
		Path file = this.screenshots.resolve(name + ".png");
		try {
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * The page's WCAG 2.0 A and AA violations found by axe-core, one line each (rule,
	 * impact, elements).
	 */
	public List<String> accessibilityViolations() {
		Results results = new AxeBuilder().withTags(WCAG_20_AA).analyze(this.driver);
		return results.getViolations().stream().map(Browser::describe).toList();
	}

	/**
	 * Fails, naming each violation, unless axe-core finds no WCAG 2.0 A or AA violation
	 * on the page.
	 */
	public Browser assertAccessible(String page) {
		assertThat(accessibilityViolations())
			.as("WCAG 2.0 A/AA violations on %s (%s)", page, this.driver.getCurrentUrl())
			.isEmpty();
		return this;
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes()
					.stream()
					.map((node) -> String.valueOf(node.getTarget()))
					.collect(Collectors.joining(", "));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
