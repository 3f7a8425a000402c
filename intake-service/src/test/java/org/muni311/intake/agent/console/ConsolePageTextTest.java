package org.muni311.intake.agent.console;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.browser.PageText;

/** Every string of the console's pages comes from the messages, in English and French. */
class ConsolePageTextTest {

	@Test
	void consoleTemplatesHoldNoLiteralTextAndEveryMessageExistsInBothLanguages() {
		PageText.assertAllTextFromMessages(Path.of("src/main/resources/templates/console"), "common", "console");
	}

}
