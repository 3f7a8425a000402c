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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open311 POSTs at a fixed rate until told to finish, spread in turn over every intake
 * instance (as a load balancer would, without taking a dead one out). Remembers the ids
 * of requests that were acknowledged (2xx) and counts the answers that were not, by
 * status ({@code 0} for no answer at all).
 */
final class LoadDriver {

	private static final Pattern ID = Pattern.compile("\"service_request_id\":\"([0-9A-Z]{10})\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<URI> endpoints;

	final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	final Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();

	final AtomicInteger sent = new AtomicInteger();

	private final AtomicLong ticks = new AtomicLong();

	private volatile int tickPerRequest = 1;

	private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();

	LoadDriver(List<Integer> intakePorts) {
		this.endpoints = intakePorts.stream()
			.map((port) -> URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json"))
			.toList();
	}

	/**
	 * Sends requests at {@code perSecond} until {@link #finish()} or {@link #stop()}: the
	 * scenario, not a count, decides how long the load lasts, so that it lasts until the
	 * fault has met it however slow the machine is.
	 */
	void start(int perSecond) {
		long periodMicros = 1_000_000L / perSecond;
		this.pacer.scheduleAtFixedRate(() -> {
			if (this.ticks.getAndIncrement() % this.tickPerRequest == 0) {
				this.inFlight.add(post(this.sent.incrementAndGet()));
			}
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
	}

	/**
	 * Sends one request in {@code divisor} from now on ({@code 1}: the full rate again):
	 * a fault whose evidence is slow to come stays under load without every second of the
	 * wait adding to the backlog the platform must work off afterwards.
	 */
	void slowDown(int divisor) {
		this.tickPerRequest = divisor;
	}

	/**
	 * Sends nothing more; the future completes once every request sent is answered (or
	 * failed).
	 */
	CompletableFuture<Void> finish() throws InterruptedException {
		this.pacer.shutdown();
		// a send still being scheduled would otherwise miss the snapshot of what is in
		// flight
		this.pacer.awaitTermination(10, TimeUnit.SECONDS);
		return CompletableFuture.allOf(this.inFlight.toArray(CompletableFuture[]::new)).handle((ok, ex) -> null);
	}

	/** How many requests were acknowledged so far. */
	int acknowledgedCount() {
		return this.acknowledged.size();
	}

	/** How many answers had {@code status} so far ({@code 0}: no answer at all). */
	int refused(int status) {
		AtomicInteger count = this.refused.get(status);
		return (count != null) ? count.get() : 0;
	}

	private CompletableFuture<?> post(int n) {
		double lat = 43.60 + (n % 97) * 0.001;
		double lon = -79.50 + (n % 89) * 0.002;
		String form = "jurisdiction_id=" + FaultPlatform.DEMO + "&api_key=demo-api-key&service_code=pothole&lat=" + lat
				+ "&long=" + lon + "&email=resident" + n + "%40example.org&description=Fault+test+" + n;
		HttpRequest request = HttpRequest.newBuilder(this.endpoints.get(n % this.endpoints.size()))
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
