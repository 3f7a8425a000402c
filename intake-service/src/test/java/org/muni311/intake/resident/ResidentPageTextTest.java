package org.muni311.intake.resident;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.browser.PageText;

/**
 * Every visible string of the resident pages comes from the message bundles, in English
 * and French.
 */
class ResidentPageTextTest {

	@Test
	void residentPagesHaveNoLiteralTextAndEveryMessageInBothLanguages() {
		PageText.assertAllTextFromMessages(Path.of("src/main/resources/templates/resident"), "common", "resident");
	}

}
