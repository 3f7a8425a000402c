package org.muni311.deploy.local.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open311 POSTs at a fixed rate. Remembers the ids of requests that were acknowledged (2xx) and counts the
 * answers that were not, by status ({@code 0} for no answer at all).
 */
final class LoadDriver {

	private static final Pattern ID = Pattern.compile("\"service_request_id\":\"([0-9A-Z]{10})\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final URI endpoint;

	final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	final Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();

	final AtomicInteger sent = new AtomicInteger();

	private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();

	LoadDriver(int intakePort) {
		this.endpoint = URI.create("http://127.0.0.1:" + intakePort + "/open311/v2/requests.json");
	}

	/** Sends {@code count} requests at {@code perSecond}; the future completes once every one is answered. */
	CompletableFuture<Void> send(int count, int perSecond) {
		ScheduledExecutorService pacer = this.pacer;
		CompletableFuture<Void> done = new CompletableFuture<>();
		long periodMicros = 1_000_000L / perSecond;
		pacer.scheduleAtFixedRate(() -> {
			int n = this.sent.incrementAndGet();
			if (n > count) {
				pacer.shutdown();
				CompletableFuture.allOf(this.inFlight.toArray(CompletableFuture[]::new))
					.handle((ok, ex) -> done.complete(null));
				return;
			}
			this.inFlight.add(post(n));
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
		return done;
	}

	private CompletableFuture<?> post(int n) {
		double lat = 43.60 + (n % 97) * 0.001;
		double lon = -79.50 + (n % 89) * 0.002;
		String form = "jurisdiction_id=" + FaultPlatform.DEMO + "&api_key=demo-api-key&service_code=pothole&lat="
				+ lat + "&long=" + lon + "&email=resident" + n + "%40example.org&description=Fault+test+" + n;
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((answer, failure) -> {
			if (answer != null && answer.statusCode() / 100 == 2) {
				Matcher id = ID.matcher(answer.body());
				if (id.find()) {
					this.acknowledged.add(id.group(1));
					return null;
				}
			}
			int status = (answer != null) ? answer.statusCode() : 0;
			this.refused.computeIfAbsent(status, (key) -> new AtomicInteger()).incrementAndGet();
			return null;
		});
	}

	/** Sends nothing more (a scenario that failed midway must not load the next one). */
	void stop() {
		this.pacer.shutdownNow();
	}

	/** Answers that were not 2xx, by status, for the report. */
	String refusals() {
		return List.copyOf(this.refused.entrySet()).toString();
	}

}
