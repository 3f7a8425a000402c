package org.muni311.routing.board;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.browser.Browser;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared sign-in page in a real browser, in both languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInPageIT {

	@LocalServerPort
	int port;

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
	void signInPageIsAccessibleInEnglishAndFrench() {
		this.browser.open("http://localhost:" + this.port + "/sign-in?lang=en");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
		assertThat(this.browser.text()).doesNotContain("You are signed out");
		this.browser.screenshot("routing-sign-in-en");
		this.browser.assertAccessible("sign-in, English");

		this.browser.find(By.cssSelector("a.language-switch")).click();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Connexion du personnel");
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		this.browser.screenshot("routing-sign-in-fr");
		this.browser.assertAccessible("sign-in, French");
	}

}
