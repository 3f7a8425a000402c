package org.muni311.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safe defaults every service's pages get from service-autoconfigure, seen on
 * routing's: a Content-Security-Policy on every answer, and a session cookie that is
 * HttpOnly and SameSite=Lax, and Secure when a TLS-terminating proxy forwarded the
 * request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
class SafePagesIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyAnswerCarriesTheContentSecurityPolicy() throws Exception {
		for (String path : new String[] { "/sign-in", "/board", "/board/routing-it.example", "/v3/api-docs",
				"/crew/v1/municipalities/routing-it.example/work-items", "/nothing-here" }) {
			HttpResponse<String> answer = get(path, null);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'", "script-src 'self'",
						"object-src 'none'", "frame-ancestors 'none'", "form-action 'self'"));
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindTls() throws Exception {
		String plain = sessionCookie(get("/sign-in", null));
		String behindTls = sessionCookie(get("/sign-in", "https"));

		assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(behindTls).contains("HttpOnly", "SameSite=Lax", "Secure");
	}

	private static String sessionCookie(HttpResponse<String> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("MUNI311_ROUTING_SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers().map()));
	}

	private HttpResponse<String> get(String path, String forwardedProto) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
