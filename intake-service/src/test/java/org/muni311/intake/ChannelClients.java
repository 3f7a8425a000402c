package org.muni311.intake;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.muni311.contracts.webhook.WebhookSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five channels as their clients use them, over HTTP: each takes one submission under
 * the platform's field names and sends it in its own format (an Open311 form, the agent
 * API's JSON, the console's form in a signed-in session with its CSRF token, the resident
 * form, a signed social post).
 */
final class ChannelClients {

	private static final String TENANT = Open311Fixtures.TENANT;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FILED_PAGE = Pattern.compile("/requests/([0-9A-Z]{10})(?:/submitted)?$");

	private final String base;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	private final HttpClient console = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	ChannelClients(int port, JsonMapper json) {
		this.base = "http://localhost:" + port;
		this.json = json;
	}

	/** Signs in to the console's pages with the form, as an agent's browser does. */
	void signInToTheConsole(String username, String password) {
		String token = csrf(send(this.console, get("/sign-in")).body());
		Reply signedIn = send(this.console,
				form("/sign-in", Map.of("username", username, "password", password, "_csrf", token)));
		assertThat(signedIn.location()).as("signed in").doesNotContain("error");
	}

	Reply submit(Channel channel, Map<String, String> fields) {
		return switch (channel) {
			case OPEN311 -> send(this.http, form("/open311/v2/requests.json",
					with(fields, "jurisdiction_id", TENANT, "api_key", Open311Fixtures.KEY)));
			case AGENT_API -> send(this.http, agentRequest(fields));
			case CONSOLE -> console(fields);
			case RESIDENT -> send(this.http, form("/m/" + TENANT + "/report/" + fields.get("service_code"),
					rename(fields, Map.of("first_name", "first-name", "address_string", "address"))));
			case SOCIAL -> send(this.http, socialPost(fields));
		};
	}

	/**
	 * A call to a staff API, signed in with HTTP Basic {@code credentials}
	 * ({@code user:password}, or {@code null} for nobody), with a JSON {@code body} or
	 * none.
	 */
	Reply staff(String method, String path, String credentials, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return send(this.http, request.build());
	}

	/** The ids the duplicate search offers around the submission's point. */
	List<String> duplicatesOffered(Map<String, String> fields) {
		Reply offered = send(this.http, get("/intake/v1/duplicates?jurisdiction_id=" + TENANT + "&service_code="
				+ fields.get("service_code") + "&lat=" + fields.get("lat") + "&long=" + fields.get("long")));
		assertThat(offered.status()).as(offered.body()).isEqualTo(200);
		return offered.json().findValuesAsString("service_request_id");
	}

	private HttpRequest agentRequest(Map<String, String> fields) {
		ObjectNode body = this.json.createObjectNode();
		for (String name : List.of("service_code", "lat", "long", "address_string", "description")) {
			body.put(name, fields.get(name));
		}
		ObjectNode caller = body.putObject("caller");
		caller.put("email", fields.get("email"));
		caller.put("phone", fields.get("phone"));
		caller.put("first_name", fields.get("first_name"));
		caller.put("language", "en");
		return HttpRequest.newBuilder(URI.create(this.base + "/agent/v1/municipalities/" + TENANT + "/requests"))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("agent-7:agent-pw".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	/**
	 * The console's form; when it offers possible duplicates nearby first, the agent
	 * files it anyway, as a caller with a new problem asks.
	 */
	private Reply console(Map<String, String> fields) {
		String token = csrf(send(this.console, get("/console/" + TENANT + "/requests/new?service=graffiti")).body());
		Reply reply = send(this.console, form("/console/" + TENANT + "/requests",
				with(fields, "updates", "email", "locale", "en", "_csrf", token)));
		if (reply.location() != null && reply.location().endsWith("/requests/pending")) {
			String path = URI.create(reply.location()).getPath();
			String pending = csrf(send(this.console, get(path)).body());
			reply = send(this.console, form(path, Map.of("_csrf", pending)));
		}
		return reply;
	}

	private HttpRequest socialPost(Map<String, String> fields) {
		ObjectNode post = this.json.createObjectNode();
		post.put("post_id", "table-" + UUID.randomUUID());
		post.put("text", fields.get("description"));
		post.put("author_handle", "@voisine");
		post.put("lat", fields.get("lat"));
		post.put("long", fields.get("long"));
		post.put("place", fields.get("address_string"));
		String body = post.toString();
		return HttpRequest.newBuilder(URI.create(this.base + "/social/v1/municipalities/" + TENANT + "/posts"))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER,
					WebhookSignature.sign("social-test-secret", Instant.now(), body.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

	private static String csrf(String page) {
		String token = SameAnswerOnEveryChannelIT.find(CSRF, page);
		assertThat(token).as("a CSRF token in the page").isNotNull();
		return token;
	}

	private static Map<String, String> with(Map<String, String> fields, String... more) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		for (int i = 0; i < more.length; i += 2) {
			all.put(more[i], more[i + 1]);
		}
		return all;
	}

	private static Map<String, String> rename(Map<String, String> fields, Map<String, String> names) {
		Map<String, String> renamed = new LinkedHashMap<>();
		fields.forEach((name, value) -> renamed.put(names.getOrDefault(name, name), value));
		return renamed;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).GET().build();
	}

	private HttpRequest form(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static Reply send(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One answer: its status, body and {@code Location}. */
	record Reply(int status, String body, String location) {

		JsonNode json() {
			return new JsonMapper().readTree(this.body);
		}

		/**
		 * The messages of a JSON error: Open311's {@code description}s, a problem
		 * detail's {@code problems}.
		 */
		List<String> messages() {
			JsonNode body = json();
			if (body.isArray()) {
				return body.findValuesAsString("description");
			}
			List<String> problems = new ArrayList<>();
			body.path("problems").forEach((problem) -> problems.add(problem.asString()));
			return problems;
		}

	}

	/** The channels, and how each answers in its own shape. */
	enum Channel {

		OPEN311(Map.of()), AGENT_API(Map.of("email", "caller.email", "phone", "caller.phone")),
		CONSOLE(Map.of("long", "lon", "location", "address", "service_code", "service", "address_string", "address")),
		RESIDENT(Map.of("location", "address", "address_string", "address")),
		SOCIAL(Map.of("description", "text", "address_string", "place"));

		/** The channel's names of the platform's fields, where they differ. */
		private final Map<String, String> names;

		Channel(Map<String, String> names) {
			this.names = names;
		}

		/** Whether the channel's format has the field at all. */
		boolean takes(String field) {
			return this != SOCIAL || !Set.of("email", "phone", "service_code").contains(field);
		}

		/** The id of the request the reply says was filed, or {@code null}. */
		String filedId(Reply reply) {
			return switch (this) {
				case OPEN311 ->
					(reply.status() == 200) ? reply.json().get(0).path("service_request_id").asString() : null;
				case AGENT_API, SOCIAL ->
					(reply.status() == 200) ? reply.json().path("service_request_id").asString() : null;
				case CONSOLE, RESIDENT ->
					(reply.status() / 100 == 3) ? SameAnswerOnEveryChannelIT.find(FILED_PAGE, reply.location()) : null;
			};
		}

		/** Whether the refusal names {@code field} as the channel's format does. */
		boolean namesField(Reply reply, String field) {
			String name = this.names.getOrDefault(field, field);
			return switch (this) {
				case OPEN311, AGENT_API, SOCIAL ->
					reply.messages().stream().anyMatch((message) -> message.startsWith(name + " "));
				// pages: the error summary links to the field, whose message is beside it
				case CONSOLE -> reply.body().contains("href=\"#" + name + "\"");
				case RESIDENT ->
					"service_code".equals(field) ? reply.status() == 404 && reply.body().contains("service")
							: reply.body().contains("href=\"#" + name + "\"");
			};
		}

	}

}
