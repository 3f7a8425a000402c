package org.muni311.routing.board;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.browser.PageText;

/** Every string of the crew board's pages comes from the message bundles, in English and in French. */
class BoardPageTextTest {

	@Test
	void everyVisibleStringOfTheBoardIsAMessageInEnglishAndFrench() {
		PageText.assertAllTextFromMessages(Path.of("src/main/resources/templates"), "common", "crew");
	}

}
