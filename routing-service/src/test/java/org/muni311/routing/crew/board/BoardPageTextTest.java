package org.muni311.routing.crew.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muni311.deploy.testsupport.browser.PageText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string of the crew board's pages comes from the message bundles, in English and
 * in French.
 */
class BoardPageTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyVisibleStringOfTheBoardIsAMessageInEnglishAndFrench() {
		PageText.assertAllTextFromMessages(TEMPLATES, "common", "crew");
	}

	/**
	 * PageText skips whatever an element with {@code th:replace} holds, and a page's root
	 * element replaces itself with the layout: so its text is read here once more, from
	 * copies whose root does not.
	 */
	@Test
	void theBoardPagesHoldNoLiteralTextInsideTheLayout(@TempDir Path copies) throws IOException {
		try (Stream<Path> templates = Files.list(TEMPLATES.resolve("board"))) {
			for (Path template : templates.toList()) {
				String page = Files.readString(template).replaceFirst("(<html[^>]*?) th:replace=\"[^\"]*\"", "$1");
				Files.writeString(copies.resolve(template.getFileName()), page);
			}
		}
		List<String> literal = PageText.literalText(copies);
		assertThat(literal).as("literal text in the board's pages (use th:text=\"#{key}\")").isEmpty();
	}

}
