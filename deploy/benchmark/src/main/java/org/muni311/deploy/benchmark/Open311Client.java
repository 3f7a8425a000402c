package org.muni311.deploy.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits Open311 requests ({@code POST requests.json}, form-encoded) with locations
 * spread over the city.
 */
final class Open311Client {

	private static final Pattern ID = Pattern.compile("\"service_request_id\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI endpoint;

	private final AtomicLong sequence = new AtomicLong();

	Open311Client(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json");
	}

	/**
	 * A form as an Open311 client sends it, somewhere in lat 43.60–43.70, long -79.50 to
	 * -79.30.
	 */
	String form() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return String.format(Locale.ROOT,
				"jurisdiction_id=demo.muni311.org&api_key=demo-api-key&service_code=pothole&lat=%.5f&long=%.5f"
						+ "&email=bench%%40example.org&description=Benchmark+pothole+%d+deep+enough+to+damage+a+tyre",
				43.60 + random.nextDouble() * 0.10, -79.50 + random.nextDouble() * 0.20,
				this.sequence.incrementAndGet());
	}

	/**
	 * Posts one request.
	 * @return the new request's id
	 * @throws SubmitException if the answer is not 2xx or has no id
	 */
	String submit() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form()))
			.build();
		HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() / 100 != 2) {
			throw new SubmitException("HTTP " + answer.statusCode() + " " + abbreviate(answer.body()));
		}
		Matcher id = ID.matcher(answer.body());
		if (!id.find()) {
			throw new SubmitException("no service_request_id in " + abbreviate(answer.body()));
		}
		return id.group(1);
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
	}

	/** The service answered, but not with a new request. */
	static final class SubmitException extends IOException {

		private static final long serialVersionUID = 1L;

		SubmitException(String message) {
			super(message);
		}

	}

}
