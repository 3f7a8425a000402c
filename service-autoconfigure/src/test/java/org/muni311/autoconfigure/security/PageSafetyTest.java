package org.muni311.autoconfigure.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PageSafetyTest {

	private final PageSafety safety = new PageSafety(PageSafety.POLICY, List.of("/m/**", "/unsubscribe/**"),
			List.of("https://www.city.example"));

	@Test
	void aResidentFormPostedFromAnotherSiteIsRefusedWithAPageSayingWhy() throws Exception {
		MockHttpServletResponse response = post("/m/formats.example/report/sign", "https://evil.example");
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).contains("This form was sent from another website",
				"Ce formulaire a été envoyé depuis un autre site");
	}

	@Test
	void anOpaqueOriginIsRefused() throws Exception {
		assertThat(post("/unsubscribe/token", "null").getStatus()).isEqualTo(403);
	}

	@Test
	void theServicesOwnPagesAndTrustedOriginsPostTheirForms() throws Exception {
		assertThat(post("/m/formats.example/report/sign", "http://localhost:8080").getStatus()).isEqualTo(200);
		assertThat(post("/m/formats.example/report/sign", "https://www.city.example").getStatus()).isEqualTo(200);
	}

	@Test
	void otherPathsAndClientsWithoutOriginPass() throws Exception {
		assertThat(post("/open311/v2/requests.json", "https://evil.example").getStatus()).isEqualTo(200);
		assertThat(post("/m/formats.example/report/sign", null).getStatus()).isEqualTo(200);
	}

	@Test
	void everyAnswerCarriesThePolicy() throws Exception {
		assertThat(post("/anything", null).getHeader("Content-Security-Policy")).isEqualTo(PageSafety.POLICY);
	}

	private MockHttpServletResponse post(String path, String origin) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setServerName("localhost");
		request.setServerPort(8080);
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.safety.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
