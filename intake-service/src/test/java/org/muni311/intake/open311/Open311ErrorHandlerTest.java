package org.muni311.intake.open311;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unexpected failure still answers in the Open311 error shape of the call's format,
 * and says nothing inside.
 */
class Open311ErrorHandlerTest {

	private final Open311ErrorHandler handler = new Open311ErrorHandler(JsonMapper.builder().build());

	@Test
	void answersAnUnexpectedFailureWith500InTheFormatOfTheExtension() {
		IllegalStateException failure = new IllegalStateException("secret internals");

		ResponseEntity<byte[]> json = this.handler.unexpected(failure,
				new MockHttpServletRequest("GET", "/open311/v2/services.json"));
		ResponseEntity<byte[]> xml = this.handler.unexpected(failure,
				new MockHttpServletRequest("GET", "/open311/v2/services.xml"));

		assertThat(json.getStatusCode().value()).isEqualTo(500);
		assertThat(new String(json.getBody(), StandardCharsets.UTF_8)).startsWith("[{\"code\":500,\"description\":")
			.doesNotContain("secret internals");
		assertThat(new String(xml.getBody(), StandardCharsets.UTF_8))
			.contains("<errors><error><code>500</code><description>")
			.doesNotContain("secret internals");
	}

	@Test
	void escapesTextAndDropsCharactersXmlCannotCarry() {
		String xml = XmlWriter.write("errors", "error",
				JsonMapper.builder()
					.build()
					.valueToTree(java.util.List.of(new Open311Error(400, "<script>&\"x\"\u0000\u0007</script>"))));

		assertThat(xml).contains("<description>&lt;script&gt;&amp;&quot;x&quot;&lt;/script&gt;</description>");
	}

}
