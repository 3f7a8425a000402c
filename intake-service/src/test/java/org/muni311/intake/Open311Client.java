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

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Calls the Open311 API over real HTTP, as a client app would. */
final class Open311Client {

	static final String DEMO = "demo.muni311.org";

	static final String DEMO_KEY = "demo-api-key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	Open311Client(int port) {
		this.base = "http://localhost:" + port + "/open311/v2";
	}

	/**
	 * A valid pothole report at (43.65, -79.40), changed by {@code overrides} (a null
	 * value removes a field).
	 */
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

	/** {@code fields} as an urlencoded form. */
	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	Answer post(Map<String, String> fields) {
		return post("/requests.json", "application/x-www-form-urlencoded", form(fields));
	}

	Answer post(String path, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	Answer postMultipart(Map<String, String> fields) {
		String boundary = "muni311-test-boundary";
		return post("/requests.json", "multipart/form-data; boundary=" + boundary, multipart(boundary, fields));
	}

	/** {@code fields} as a multipart body delimited by {@code boundary}. */
	static String multipart(String boundary, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return body.toString();
	}

	Answer get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/**
	 * A GET written on a socket, for what {@link HttpClient} refuses to send (malformed
	 * percent-encoding, as some clients do send it).
	 */
	Answer rawGet(String pathAndQuery) {
		URI base = URI.create(this.base);
		try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
			socket.getOutputStream()
				.write(("GET " + base.getPath() + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
						+ "Connection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = response.indexOf("\r\n\r\n");
			String head = response.substring(0, end);
			String body = response.substring(end + 4);
			if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
				StringBuilder joined = new StringBuilder();
				for (int at = 0;;) {
					int line = body.indexOf("\r\n", at);
					int size = Integer.parseInt(body.substring(at, line).strip(), 16);
					if (size == 0) {
						break;
					}
					joined.append(body, line + 2, line + 2 + size);
					at = line + 2 + size + 2;
				}
				body = joined.toString();
			}
			String type = head.lines()
				.filter((header) -> header.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
				.map((header) -> header.substring("content-type:".length()).strip())
				.findFirst()
				.orElse("");
			return new Answer(Integer.parseInt(head.substring(9, 12)), type, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Answer send(String method, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
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

	/** A status code, the content type and the body as sent. */
	record Answer(int status, String contentType, String raw) {

		/** The body as a JSON array of objects. */
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> body() {
			try {
				return JSON.readValue(this.raw, List.class);
			}
			catch (JacksonException ex) {
				throw new AssertionError("Not a JSON array (" + this.status + "): " + this.raw, ex);
			}
		}

		/** The body as one JSON object. */
		@SuppressWarnings("unchecked")
		Map<String, Object> object() {
			return JSON.readValue(this.raw, Map.class);
		}

		Map<String, Object> first() {
			return body().get(0);
		}

	}

}
