package org.muni311.autoconfigure.web;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.browser.PageText;

import static org.assertj.core.api.Assertions.assertThat;

class SharedPageTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyStringOfTheSharedPagesComesFromMessagesInBothLanguages() {
		PageText.assertAllTextFromMessages(TEMPLATES, "common");
	}

	@Test
	void findsLiteralText() {
		// the check itself: a prototype's text inside th:text is fine, a bare string is
		// not, also in a page whose
		// root element hands its parts to the layout (th:replace on <html>)
		assertThat(PageText.literalText(Path.of("src/test/resources/page-text"))).containsExactly(
				"literal.html: <p> Call us", "literal.html: <img alt=\"A pothole\">",
				"page.html: <p> Shown through the layout");
	}

}
