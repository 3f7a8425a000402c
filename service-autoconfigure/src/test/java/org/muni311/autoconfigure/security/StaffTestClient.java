package org.muni311.autoconfigure.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Calls the test application over real HTTP, as an admin client would. */
final class StaffTestClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	StaffTestClient(int port) {
		this.base = "http://localhost:" + port;
	}

	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String bearer(String token) {
		return "Bearer " + token;
	}

	Answer get(String path, String authorization) {
		return send(request(path, authorization).GET());
	}

	Answer get(String path) {
		return get(path, null);
	}

	Answer postForm(String path, String form) {
		return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private HttpRequest.Builder request(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().allValues("WWW-Authenticate"), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One HTTP answer. */
	record Answer(int status, String contentType, List<String> challenges, String body) {

		Map<String, Object> json() {
			return JsonMapper.builder().build().readValue(this.body, new TypeReference<Map<String, Object>>() {
			});
		}

	}

}
