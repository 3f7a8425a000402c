package org.muni311.deploy.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crew member working the demo municipality's queue through routing's crew API, over
 * HTTP Basic.
 */
final class Crew {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	Crew(int routingPort, String username, String password) {
		this.base = "http://localhost:" + routingPort + "/crew/v1/municipalities/demo.muni311.org/work-items/";
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads the item's version, then POSTs {@code body} with it to the item's
	 * {@code action}.
	 */
	void change(String requestId, String action, String body) throws Exception {
		HttpResponse<String> item = send(HttpRequest.newBuilder(URI.create(this.base + requestId)).GET());
		assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
		ObjectNode change = (ObjectNode) this.json.readTree(body);
		change.put("version", this.json.readTree(item.body()).path("version").asLong());
		HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(this.base + requestId + "/" + action))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(change))));
		assertThat(answer.statusCode()).as(action + " " + body + ": " + answer.body()).isEqualTo(200);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.header("Authorization", this.authorization).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
