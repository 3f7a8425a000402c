package org.muni311.deploy.testsupport.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the cells of an {@link AuthorizationMatrix} to a running service as each caller:
 * nobody, an API key ({@code api_key} added to the query or form), or a staff member,
 * signing in as the path asks: HTTP Basic on API paths, the sign-in form and a session
 * (with its CSRF token on every form) on page paths. Redirects are not followed, so a
 * page refused to nobody answers 302 (to the sign-in page).
 */
public final class MatrixClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final Predicate<String> pages;

	private final Map<String, String[]> staff = new HashMap<>();

	private final Map<String, Session> sessions = new HashMap<>();

	private final HttpClient anonymous = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * A client of {@code http://localhost:port}, signing in with the form on the paths
	 * {@code pages} accepts.
	 */
	public MatrixClient(int port, Predicate<String> pages) {
		this.base = "http://localhost:" + port;
		this.pages = pages;
	}

	/** Declares the staff member {@code caller} signing in as {@code username}. */
	public MatrixClient staff(String caller, String username, String password) {
		this.staff.put(caller, new String[] { username, password });
		return this;
	}

	/**
	 * Sends {@code method path} with {@code body} as {@code caller}: {@code anon} for
	 * nobody, {@code key=...} for an API key, or a staff member declared with
	 * {@link #staff}. A body starting with a brace is JSON, any other a form.
	 */
	public int send(String caller, String method, String path, String body) {
		String sent = path;
		String form = body;
		boolean json = body != null && body.startsWith("{");
		if (caller.startsWith("key=")) {
			String key = "api_key=" + URLEncoder.encode(caller.substring(4), StandardCharsets.UTF_8);
			if (body != null && !json) {
				form = body.isEmpty() ? key : body + "&" + key;
			}
			else {
				sent = path + (path.contains("?") ? "&" : "?") + key;
			}
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + sent))
			.timeout(Duration.ofSeconds(20));
		HttpClient client = this.anonymous;
		String[] credentials = this.staff.get(caller);
		if (credentials != null) {
			if (this.pages.test(path)) {
				Session session = this.sessions.computeIfAbsent(caller, (name) -> signIn(credentials));
				client = session.client();
				if (!"GET".equals(method) && !json) {
					String csrf = "_csrf=" + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8);
					form = (form == null || form.isEmpty()) ? csrf : form + "&" + csrf;
				}
			}
			else {
				request.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((credentials[0] + ":" + credentials[1]).getBytes(StandardCharsets.UTF_8)));
			}
		}
		if (form != null) {
			request.header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
		}
		request.header("Accept", (json || !this.pages.test(path)) ? "application/json, */*" : "text/html, */*;q=0.8");
		request.method(method,
				(form != null) ? HttpRequest.BodyPublishers.ofString(form) : HttpRequest.BodyPublishers.noBody());
		try {
			// the status alone: a stream's body would not end
			HttpResponse<InputStream> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			answer.body().close();
			return answer.statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Session signIn(String[] credentials) {
		HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String token = csrf(client);
		String form = "username=" + URLEncoder.encode(credentials[0], StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(credentials[1], StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(client,
				HttpRequest.newBuilder(URI.create(this.base + "/sign-in"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					credentials[0] + " could not sign in: " + signedIn.statusCode() + " " + location);
		}
		// signing in makes a new session and a new token
		return new Session(client, csrf(client));
	}

	private String csrf(HttpClient client) {
		HttpResponse<String> page = send(client, HttpRequest.newBuilder(URI.create(this.base + "/sign-in")).GET());
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token: " + page.statusCode());
		}
		return token.group(1);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Session(HttpClient client, String csrf) {
	}

}
