package org.muni311.intake;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Calls the Open311 API over real HTTP, as a client app would. */
final class Open311Client {

	static final String DEMO = "demo.muni311.org";

	static final String DEMO_KEY = "demo-api-key";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	Open311Client(int port) {
		this.base = "http://localhost:" + port + "/open311/v2";
	}

	/** A valid pothole report at (43.65, -79.40), changed by {@code overrides} (a null value removes a field). */
	static Map<String, String> pothole(Map<String, String> overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("jurisdiction_id", DEMO);
		fields.put("api_key", DEMO_KEY);
		fields.put("service_code", "pothole");
		fields.put("lat", "43.65");
		fields.put("long", "-79.40");
		fields.put("description", "Deep pothole in the right lane");
		fields.put("email", "resident@example.org");
		overrides.forEach((name, value) -> {
			if (value == null) {
				fields.remove(name);
			}
			else {
				fields.put(name, value);
			}
		});
		return fields;
	}

	Answer post(Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + "/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	Answer postMultipart(Map<String, String> fields) {
		String boundary = "muni311-test-boundary";
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return send(HttpRequest.newBuilder(URI.create(this.base + "/requests.json"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	Answer get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	private Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), this.json.readValue(response.body(), new TypeReference<>() {
			}), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A status code and the JSON array that came with it. */
	record Answer(int status, List<Map<String, Object>> body, String raw) {

		Map<String, Object> first() {
			return this.body.get(0);
		}

	}

}
