package org.muni311.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.intake.media.Photo;
import org.muni311.intake.request.StatusUpdates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one anonymous client sends to take the service down is refused with a 4xx, and the
 * service answers the next call: a photo that declares 7000 × 7000 pixels, a 300 MB post
 * to the social webhook (streamed: neither side ever holds it), a list over fifty years
 * at page 2,000,000.
 */
class BoundedResourcesIT extends Open311Setup {

	private static final long HUGE = 300L * 1024 * 1024;

	@Autowired
	StatusUpdates statusUpdates;

	@Test
	void aDecompressionBombPhotoIsRefusedBeforeItIsDecoded() throws Exception {
		long photos = this.mongo.count(new Query(), Photo.class);
		String boundary = "bomb-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nBomb\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"bomb.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		byte[] bomb = BombPng.of(7000, 7000);
		body.write(bomb);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + this.port + "/m/" + Open311Fixtures.TENANT + "/report/graffiti"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("16 megapixels");
		assertThat(this.mongo.count(new Query(), Photo.class)).as("nothing kept").isEqualTo(photos);
		assertHealthy();
	}

	@Test
	void aWebhookBodyBeyondItsCapIsRefusedUnreadAndTheServiceStaysUp() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /social/v1/municipalities/" + Open311Fixtures.TENANT
					+ "/posts HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			CompletableFuture<String> statusLine = CompletableFuture.supplyAsync(() -> firstLine(in));
			byte[] chunk = new byte[64 * 1024];
			byte[] chunkHeader = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			long sent = 0;
			try {
				while (sent < HUGE && !statusLine.isDone()) {
					out.write(chunkHeader);
					out.write(chunk);
					out.write('\r');
					out.write('\n');
					sent += chunk.length;
				}
				if (!statusLine.isDone()) {
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
			}
			catch (IOException closedByTheService) {
				// the service answered and closed the connection while the body was sent
			}

			assertThat(statusLine.get(30, TimeUnit.SECONDS)).startsWith("HTTP/1.1 413");
			assertThat(sent).as("bytes the service let in before it answered").isLessThan(32L * 1024 * 1024);
		}
		assertHealthy();
	}

	@Test
	void aDeclaredHugeWebhookBodyIsRefusedAtOnce() {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(
					"http://localhost:" + this.port + "/social/v1/municipalities/" + Open311Fixtures.TENANT + "/posts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(Zeros::new), HUGE))
			.timeout(Duration.ofSeconds(30))
			.build();
		int status;
		try {
			status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			// the service may close the connection before the client reads the answer
			status = 413;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		assertThat(status).isEqualTo(413);
		assertHealthy();
	}

	@Test
	void aListOverFiftyYearsAtADeepPageIsA400AnsweredAtOnce() {
		long started = System.nanoTime();
		Open311Client.Answer deep = this.open311
			.get("/requests.json" + T + "&start_date=1976-01-01T00:00:00Z&end_date=2026-01-01T00:00:00Z&page=2000000");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(deep.status()).as(deep.raw()).isEqualTo(400);
		assertThat(deep.first().get("description").toString()).contains("narrow start_date and end_date");
		assertThat(took).isLessThan(Duration.ofSeconds(2));
		Open311Client.Answer deepest = this.open311.get("/requests.json" + T
				+ "&start_date=1976-01-01T00:00:00Z&end_date=2026-01-01T00:00:00Z&page=10&page_size=1000");
		assertThat(deepest.status()).as("the deepest page is an answer").isEqualTo(200);
	}

	@Test
	void theStatusOfAListIsAskedOfTheStoreFromTheCurrentStatus() {
		String id = (String) this.open311
			.post("/requests.json", FORM, Open311Fixtures.form("graffiti", "Closed then listed", ""))
			.first()
			.get("service_request_id");
		String window = "&service_code=graffiti&start_date="
				+ Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		this.statusUpdates.apply(status(id, 2, RequestStatus.CLOSED));
		// an older event redelivered after the newer one leaves the request closed
		this.statusUpdates.apply(status(id, 1, RequestStatus.IN_PROGRESS));

		assertThat(ids(window + "&status=closed")).contains(id);
		assertThat(ids(window + "&status=open")).doesNotContain(id);
		this.statusUpdates.apply(status(id, 3, RequestStatus.REOPENED));
		assertThat(ids(window + "&status=open")).contains(id);
		assertThat(ids(window + "&status=closed")).doesNotContain(id);
	}

	private List<Object> ids(String query) {
		Open311Client.Answer answer = this.open311.get("/requests.json" + T + query);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return answer.body().stream().map((request) -> request.get("service_request_id")).toList();
	}

	private static EventEnvelope<ServiceRequestStatusChanged> status(String id, long sequence, RequestStatus status) {
		return EventEnvelope.create(ServiceRequestStatusChanged.TYPE, ServiceRequestStatusChanged.VERSION,
				Open311Fixtures.TENANT, id, Instant.now(), null, new ServiceRequestStatusChanged(sequence, status,
						"roads", "Roads", null, null, null, null, "test", null));
	}

	private void assertHealthy() {
		assertThat(this.open311.get("/services.json" + T).status()).as("the service answers the next call")
			.isEqualTo(200);
	}

	private static String firstLine(InputStream in) {
		StringBuilder line = new StringBuilder();
		try {
			for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
		}
		catch (IOException ex) {
			line.append(" (").append(ex.getMessage()).append(')');
		}
		return line.toString().strip();
	}

	/** An endless stream of zeros. */
	private static final class Zeros extends InputStream {

		@Override
		public int read() {
			return 0;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			java.util.Arrays.fill(b, off, off + len, (byte) 0);
			return len;
		}

	}

}
