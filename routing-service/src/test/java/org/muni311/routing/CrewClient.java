package org.muni311.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crew API over real HTTP, signed in as one of the test staff (see
 * {@code config/application.yml}).
 */
final class CrewClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private final JsonMapper json;

	CrewClient(int port, String user, String password, JsonMapper json) {
		this.base = "http://localhost:" + port + "/crew/v1/municipalities/";
		this.authorization = (user != null)
				? "Basic "
						+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
				: null;
		this.json = json;
	}

	Answer get(String tenant, String path) {
		return send(request(tenant, path).GET());
	}

	Answer post(String tenant, String path, String body) {
		return send(request(tenant, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpRequest.Builder request(String tenant, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + tenant + "/work-items" + path));
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		return request;
	}

	HttpClient http() {
		return this.http;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					(body == null || body.isEmpty()) ? this.json.readTree("{}") : this.json.readTree(body));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One answer.
	 *
	 * @param status HTTP status
	 * @param contentType its content type
	 * @param body the JSON body
	 */
	record Answer(int status, String contentType, JsonNode body) {

		long version() {
			return this.body.path("version").asLong();
		}

	}

}
