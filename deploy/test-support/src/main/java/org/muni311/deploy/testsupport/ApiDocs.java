package org.muni311.deploy.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Reads a running service's OpenAPI document ({@code /v3/api-docs}) and Swagger UI over
 * real HTTP, as a developer's browser or a client generator would.
 */
public final class ApiDocs {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private final String base;

	/** For the service listening on {@code port} of this host. */
	public ApiDocs(int port) {
		this.base = "http://localhost:" + port;
	}

	/** The OpenAPI document as the service answers it. */
	public Answer document() {
		return get("/v3/api-docs");
	}

	/** The Swagger UI page, its redirect from {@code /swagger-ui.html} followed. */
	public Answer swaggerUi() {
		return get("/swagger-ui.html");
	}

	private Answer get(String path) {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted reading " + path, ex);
		}
	}

	/**
	 * One HTTP answer.
	 *
	 * @param status the HTTP status
	 * @param contentType the {@code Content-Type} header, empty when there is none
	 * @param body the body as text
	 */
	public record Answer(int status, String contentType, String body) {
	}

}
