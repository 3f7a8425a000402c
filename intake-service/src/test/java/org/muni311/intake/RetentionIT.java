package org.muni311.intake;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.muni311.intake.media.Photo;
import org.muni311.intake.media.Photos;
import org.muni311.intake.request.Fingerprint;
import org.muni311.intake.request.IdempotencyKeys;
import org.muni311.intake.request.IdempotencyRecord;
import org.muni311.intake.retention.RetentionJobs;
import org.muni311.intake.retention.RetentionProperties;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention purges on the real store, their clock moved: a form's idempotency key is
 * forgotten after 24 hours, a photo whose form was never filed after a day, and a photo a
 * filed report points to is kept.
 */
class RetentionIT extends Open311Setup {

	@Autowired
	IdempotencyKeys keys;

	@Autowired
	Photos photos;

	@Autowired
	RetentionProperties retention;

	@Test
	void aFormsIdempotencyKeyIsForgottenAfter24Hours() throws Exception {
		String token = UUID.randomUUID().toString();
		assertThat(report(token, Map.of("address", "1 Main Street"), Color.RED).statusCode()).as("filed")
			.isEqualTo(303);
		String key = IdempotencyRecord.keyOf(Open311Fixtures.TENANT, "web-" + token);
		assertThat(this.mongo.findById(key, IdempotencyRecord.class)).as("the form's key").isNotNull();

		purgeAfter(Duration.ofHours(23));
		assertThat(this.mongo.findById(key, IdempotencyRecord.class)).as("a fresh key stays").isNotNull();

		purgeAfter(Duration.ofHours(25));
		assertThat(this.mongo.findById(key, IdempotencyRecord.class)).as("an old key is purged").isNull();
	}

	@Test
	void aPhotoWhoseFormWasNeverFiledIsPurgedAfterADay() throws Exception {
		String token = UUID.randomUUID().toString();
		assertThat(report(token, Map.of("lat", "91.5", "long", "-75.1"), Color.BLUE).statusCode())
			.as("refused, its photo kept for the form")
			.isEqualTo(400);
		String orphan = photoOf(token, Color.BLUE);

		purgeAfter(Duration.ofHours(23));
		assertThat(this.mongo.findById(orphan, Photo.class)).as("a fresh orphan stays").isNotNull();

		purgeAfter(Duration.ofHours(25));
		assertThat(this.mongo.findById(orphan, Photo.class)).as("an old orphan photo is purged").isNull();
	}

	@Test
	void aPhotoAFiledReportPointsToIsKept() throws Exception {
		String token = UUID.randomUUID().toString();
		assertThat(report(token, Map.of("address", "2 Main Street"), Color.GREEN).statusCode()).as("filed")
			.isEqualTo(303);
		String referenced = photoOf(token, Color.GREEN);

		purgeAfter(Duration.ofDays(30));
		assertThat(this.mongo.findById(referenced, Photo.class)).as("a photo a report points to stays").isNotNull();
	}

	/** Runs the purges with a clock moved {@code ahead} of now. */
	private void purgeAfter(Duration ahead) {
		new RetentionJobs(this.keys, this.photos, this.retention, Clock.offset(Clock.systemUTC(), ahead)).purge();
	}

	/** The id of the photo kept in {@code colour} with the form {@code token}. */
	private String photoOf(String token, Color colour) throws IOException {
		String id = Fingerprint
			.of((Open311Fixtures.TENANT + "\n" + token + "\n").getBytes(StandardCharsets.UTF_8), jpeg(colour))
			.substring(0, 32);
		assertThat(this.mongo.findById(id, Photo.class)).as("photo kept").isNotNull();
		return id;
	}

	private HttpResponse<String> report(String token, Map<String, String> fields, Color colour) throws Exception {
		String boundary = "retention-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		StringBuilder text = new StringBuilder();
		text.append(part(boundary, "submission", token)).append(part(boundary, "description", "Retention " + token));
		fields.forEach((name, value) -> text.append(part(boundary, name, value)));
		body.write(text.toString().getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"photo.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		body.write(jpeg(colour));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + this.port + "/m/" + Open311Fixtures.TENANT + "/report/graffiti"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String part(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private static byte[] jpeg(Color colour) throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 16; x++) {
			for (int y = 0; y < 16; y++) {
				image.setRGB(x, y, colour.getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

}
