package org.muni311.municipality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the admin API over real HTTP as one staff member, with HTTP Basic sign-in. */
final class AdminClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	AdminClient(int port, String username, String password) {
		this.base = "http://localhost:" + port + "/admin/v1/municipalities";
		this.authorization = (username != null) ? "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))
				: null;
	}

	Answer get(String path) {
		return send(request(path).GET());
	}

	Answer put(String path, String body) {
		return put(path, body.getBytes(StandardCharsets.UTF_8));
	}

	Answer put(String path, byte[] body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	Answer post(String path, Map<String, String> body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body))));
	}

	Answer delete(String path) {
		return send(request(path).DELETE());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.base + (path.isEmpty() ? "" : "/" + path)));
		return (this.authorization != null) ? request.header("Authorization", this.authorization) : request;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			JsonNode tree = (body.isBlank() || body.charAt(0) != '{' && body.charAt(0) != '[') ? null
					: this.json.readTree(body);
			return new Answer(response.statusCode(), body, tree,
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param status HTTP status
	 * @param raw the body
	 * @param json the body read as JSON, or {@code null}
	 * @param contentType the Content-Type header
	 */
	record Answer(int status, String raw, JsonNode json, String contentType) {

		/** The {@code problems} of a problem detail, as text. */
		String problems() {
			return (this.json != null) ? this.json.path("problems").toString() : "";
		}

	}

}
