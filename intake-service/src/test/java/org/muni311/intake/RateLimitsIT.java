package org.muni311.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client's flood is refused with 429 and {@code Retry-After}, in the call's own
 * format, never with a 5xx, while another client keeps being served: Open311 POST per API
 * key and per address, the resident form per address (a page in the page's language),
 * staff sign-in per user name after wrong passwords. Clients are told apart by
 * {@code X-Forwarded-For}, as behind the platform's proxy (limits low here, their own
 * context; the Open311 tests' municipality and client).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "muni311.intake.load-demo-municipality=true", "server.forward-headers-strategy=framework",
				"muni311.rate-limits.enabled=true", "muni311.rate-limits.limits.open311-post-key.capacity=5",
				"muni311.rate-limits.limits.open311-post-key.period=1h",
				"muni311.rate-limits.limits.open311-post-address.capacity=8",
				"muni311.rate-limits.limits.open311-post-address.period=1h",
				"muni311.rate-limits.limits.resident-form-address.capacity=3",
				"muni311.rate-limits.limits.resident-form-address.period=1h",
				"muni311.rate-limits.limits.sign-in-user.capacity=3",
				"muni311.rate-limits.limits.sign-in-user.period=1h", "muni311.security.users[0].username=platform",
				"muni311.security.users[0].password={noop}platform-pw",
				"muni311.security.users[0].roles=PLATFORM_ADMIN", "muni311.security.users[1].username=other-admin",
				"muni311.security.users[1].password={noop}other-pw", "muni311.security.users[1].roles=PLATFORM_ADMIN" })
class RateLimitsIT extends Open311Setup {

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void keys() {
		for (String key : List.of("flood-a", "calm-b", "rotating-c1", "rotating-c2")) {
			this.keys.register(Open311Fixtures.TENANT, key, "rate limit tests", "test");
		}
	}

	@Test
	void aFloodOfPostsWithOneKeyGets429NeverA5xxWhileAnotherClientKeepsFiling() throws Exception {
		List<HttpResponse<String>> flood = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			flood.add(post("198.51.100.1", "flood-a"));
		}
		HttpResponse<String> other = post("198.51.100.2", "calm-b");

		assertThat(flood).extracting(HttpResponse::statusCode).doesNotContain(500, 502, 503, 504);
		assertThat(flood.subList(0, 5)).extracting(HttpResponse::statusCode).containsOnly(200);
		assertThat(flood.subList(5, 12)).extracting(HttpResponse::statusCode).containsOnly(429);
		HttpResponse<String> refused = flood.get(11);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(refused.body()).startsWith("[{\"code\":429,\"description\":\"too many requests");
		assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
	}

	@Test
	void aFloodFromOneAddressGets429WhateverKeysItUses() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			statuses.add(post("198.51.100.3", (i % 2 == 0) ? "rotating-c1" : "rotating-c2").statusCode());
		}

		assertThat(statuses.subList(0, 8)).containsOnly(200);
		assertThat(statuses.subList(8, 10)).containsOnly(429);
		assertThat(post("198.51.100.4", "rotating-c1").statusCode()).as("the key's own limit is not reached")
			.isEqualTo(200);
	}

	@Test
	void theResidentFormFromOneAddressGets429AsAPageInItsLanguage() throws Exception {
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			answers.add(send(HttpRequest
				.newBuilder(URI.create(base() + "/m/" + Open311Fixtures.TENANT + "/report/graffiti?lang=fr"))
				.header("X-Forwarded-For", "198.51.100.5")
				.header("Accept-Language", "fr")
				.header("Content-Type", FORM)
				.POST(HttpRequest.BodyPublishers.ofString("description=Tag"))));
		}
		HttpResponse<String> elsewhere = send(
				HttpRequest.newBuilder(URI.create(base() + "/m/" + Open311Fixtures.TENANT + "/report/graffiti"))
					.header("X-Forwarded-For", "198.51.100.6")
					.header("Content-Type", FORM)
					.POST(HttpRequest.BodyPublishers.ofString("description=Tag")));

		assertThat(answers.subList(0, 3)).extracting(HttpResponse::statusCode).doesNotContain(429);
		HttpResponse<String> refused = answers.get(3);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(refused.body()).contains("lang=\"fr\"", "Trop de signalements");
		assertThat(elsewhere.statusCode()).as("another address is served").isNotEqualTo(429);
	}

	@Test
	void wrongPasswordsForOneUserBackOffBeforeAnyPasswordIsChecked() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			statuses.add(admin("198.51.100.7", "platform", "guess-" + i).statusCode());
		}
		HttpResponse<String> throttled = admin("198.51.100.8", "platform", "guess-3");
		HttpResponse<String> rightButThrottled = admin("198.51.100.8", "platform", "platform-pw");
		HttpResponse<String> otherUser = admin("198.51.100.7", "other-admin", "other-pw");

		assertThat(statuses).containsOnly(401);
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(throttled.body()).contains("\"status\":429");
		assertThat(rightButThrottled.statusCode()).as("the name is held back, whatever the password").isEqualTo(429);
		assertThat(otherUser.statusCode()).as("another user signs in").isEqualTo(200);
	}

	private HttpResponse<String> post(String address, String key) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base() + "/open311/v2/requests.json"))
			.header("X-Forwarded-For", address)
			.header("Content-Type", FORM)
			.POST(HttpRequest.BodyPublishers.ofString("jurisdiction_id=" + Open311Fixtures.TENANT + "&api_key=" + key
					+ "&service_code=graffiti&lat=45.42&long=-75.69&description=Flood")));
	}

	private HttpResponse<String> admin(String address, String user, String password) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base() + "/admin/v1/municipalities/" + Open311Fixtures.TENANT))
			.header("X-Forwarded-For", address)
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
