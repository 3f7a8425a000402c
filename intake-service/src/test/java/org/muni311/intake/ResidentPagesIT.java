package org.muni311.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.municipality.Layers;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The resident pages in a real browser: choose a service, report and track a request, the
 * status history with a crew's public note, the same form sent twice, unknown addresses.
 * Each page is screenshot and checked with axe-core in English and French.
 */
class ResidentPagesIT extends ResidentPagesSetup {

	@Autowired
	Layers layers;

	@Test
	void aResidentChoosesAServiceReportsItAndTracksIt() {
		open("/?lang=en");
		assertThat(heading()).isEqualTo("Report a problem to your municipality");
		bothLanguages("resident-municipalities", "Signaler un problème à votre municipalité");
		navigate(this.browser, this.browser.find(By.linkText("Formats Test")));
		assertThat(heading()).isEqualTo("What do you want to report?");
		assertThat(this.browser.text()).contains("Roads", "Damaged sign", "Broken bench", "Other problems", "Graffiti");
		bothLanguages("resident-services", "Que voulez-vous signaler?");

		this.browser.find(By.id("q")).sendKeys("panneau");
		navigate(this.browser, this.browser.find(By.cssSelector("form[role=search] button")));
		assertThat(this.browser.text()).as("the search keeps matching services only")
			.contains("Damaged sign")
			.doesNotContain("Graffiti", "Broken bench");
		this.browser.screenshot("resident-services-search");
		navigate(this.browser, this.browser.find(By.linkText("Damaged sign")));

		assertThat(heading()).isEqualTo("Damaged sign");
		assertThat(this.browser.text()).contains("What is wrong? (required)", "Which damage? (optional)",
				"Signs are fixed within a week.", "A colour name");
		bothLanguages("resident-report", "Panneau endommagé");
		String description = "Bent sign " + UUID.randomUUID();
		double[] spot = spot();
		this.browser.find(By.cssSelector("label[for=attr-kind]")).click();
		this.browser.find(By.cssSelector("input[name='attribute[damage][]'][value=bent]")).click();
		this.browser.find(By.id("attr-count")).sendKeys("2");
		this.browser.find(By.id("attr-colour")).sendKeys("red");
		this.browser.find(By.id("attr-note")).sendKeys("Near the school");
		this.browser.find(By.id("lat")).sendKeys(Double.toString(spot[0]));
		this.browser.find(By.id("long")).sendKeys(Double.toString(spot[1]));
		this.browser.find(By.id("description")).sendKeys(description);
		this.browser.find(By.id("email")).sendKeys("first.resident@example.org");
		this.browser.screenshot("resident-report-filled");
		navigate(this.browser, this.browser.find(By.id("send")));

		assertThat(heading()).isEqualTo("Report sent");
		String id = this.browser.find(By.id("tracking-id")).getText();
		ServiceRequest stored = stored(id);
		assertThat(stored.channel()).isEqualTo("web");
		assertThat(stored.description()).isEqualTo(description);
		assertThat(stored.contact().email()).isEqualTo("first.resident@example.org");
		assertThat(stored.language()).isEqualTo("en");
		assertThat(stored.location().lat()).isEqualTo(spot[0]);
		assertThat(stored.attributes()).containsEntry("kind", List.of("damaged"))
			.containsEntry("damage", List.of("bent"))
			.containsEntry("count", List.of("2"))
			.containsEntry("colour", List.of("red"));
		bothLanguages("resident-submitted", "Signalement envoyé");

		navigate(this.browser, this.browser.find(By.id("status-link")));
		assertThat(heading()).isEqualTo("Report " + id);
		assertThat(this.browser.find(By.id("status-tag")).getText()).isEqualToIgnoringCase("Received");
		assertThat(this.browser.text()).contains("Damaged sign", description, "We received the report.")
			.as("no contact data on a public page")
			.doesNotContain("first.resident@example.org");
		bothLanguages("resident-status", "Signalement " + id);

		open("/m/" + Open311Fixtures.TENANT + "?lang=en");
		navigate(this.browser, this.browser.find(By.cssSelector("form[action$='/track'] button")));
		assertThat(this.browser.await(By.cssSelector(".error-summary a[href='#request-id']")).getText())
			.isEqualTo("Enter the tracking id of your report");
		this.browser.screenshot("resident-track-error");
		this.browser.assertAccessible("track a report with an error");
		this.browser.find(By.id("request-id")).sendKeys(id.toLowerCase(Locale.ROOT));
		navigate(this.browser, this.browser.find(By.cssSelector("form[action$='/track'] button")));
		this.browser.awaitText("Report " + id);
		assertThat(this.browser.find(By.id("status-tag")).getText()).isEqualToIgnoringCase("Received");
	}

	@Test
	void theMapOpensOnTheMunicipalitysAreasAndAClickThereFillsTheCoordinates() {
		// a municipality far from the configured starting point (45.42, -75.70): around
		// Yellowknife
		String layer = """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "properties": {"id": "town", "name": "Town"},
				 "geometry": {"type": "Polygon", "coordinates": [[[-114.42, 62.43], [-114.33, 62.43], [-114.33, 62.49],
				  [-114.42, 62.49], [-114.42, 62.43]]]}}]}""";
		this.layers.importLayer(Open311Fixtures.TENANT, "town-limits",
				new ByteArrayInputStream(layer.getBytes(StandardCharsets.UTF_8)), "id", "name", false, "test");

		open("/m/" + Open311Fixtures.TENANT + "/report/sign?lang=en");
		this.browser.find(By.id("map")).click();

		double lat = Double.parseDouble(this.browser.find(By.id("lat")).getDomProperty("value"));
		double lon = Double.parseDouble(this.browser.find(By.id("long")).getDomProperty("value"));
		assertThat(lat).as("the map's middle, clicked").isBetween(62.43, 62.49);
		assertThat(lon).isBetween(-114.42, -114.33);
	}

	@Test
	void aPhotoIsKeptWithoutItsMetadataAndShownAtTheRequestsMediaUrl() throws Exception {
		Path notAPhoto = Files.writeString(Files.createTempFile("notes", ".txt"), "just some text");
		Path photo = Files.createTempFile("pothole", ".jpg");
		Files.write(photo, jpegWithExif(3000, 1500, "GPS 62.4540 N 114.3718 W"));
		open("/m/" + Open311Fixtures.TENANT + "/report/graffiti?lang=en");
		double[] spot = spot();
		typeSpot(spot);
		this.browser.find(By.id("description")).sendKeys("Tag on the library wall");
		this.browser.find(By.id("photo")).sendKeys(notAPhoto.toString());
		navigate(this.browser, this.browser.find(By.id("send")));

		assertThat(this.browser.await(By.cssSelector(".error-summary a[href='#photo']")).getText())
			.isEqualTo("The file is not a photo we can read: choose a JPEG or PNG");
		assertThat(this.browser.find(By.id("description")).getDomProperty("value"))
			.isEqualTo("Tag on the library wall");
		this.browser.assertAccessible("report with a photo that is not one");
		this.browser.find(By.id("photo")).sendKeys(photo.toString());
		navigate(this.browser, this.browser.find(By.id("send")));

		assertThat(heading()).isEqualTo("Report sent");
		ServiceRequest stored = stored(this.browser.find(By.id("tracking-id")).getText());
		assertThat(stored.mediaUrl()).matches("https?://[^/]+/media/[0-9a-f]{32}\\.jpg");
		HttpResponse<byte[]> served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(stored.mediaUrl())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		BufferedImage kept = ImageIO.read(new ByteArrayInputStream(served.body()));
		assertThat(kept.getWidth()).as("scaled to 2048 a side").isEqualTo(2048);
		assertThat(kept.getHeight()).isEqualTo(1024);
		assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).as("the upload's metadata is gone")
			.doesNotContain("GPS 62.4540", "Exif");
	}

	/**
	 * A JPEG of {@code width} x {@code height} carrying an Exif segment that holds
	 * {@code secret}.
	 */
	private static byte[] jpegWithExif(int width, int height, String secret) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();
		byte[] payload = ("Exif\0\0" + secret).getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2); // SOI
		int length = payload.length + 2;
		out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
		out.write(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	@Test
	void theStatusPageShowsTheCrewsPublicNotes() {
		String id = submitThroughOpen311(spot(), "Sign knocked down");
		EventEnvelope<ServiceRequestStatusChanged> event = new EventEnvelope<>(UUID.randomUUID().toString(),
				ServiceRequestStatusChanged.TYPE, ServiceRequestStatusChanged.VERSION, Open311Fixtures.TENANT, id,
				Instant.now(), null, new ServiceRequestStatusChanged(1, RequestStatus.IN_PROGRESS, "roads", "Roads",
						"west", null, null, "Crew on the way with a new sign", "crew-7", null));
		KafkaTestClient.shared().send(Topics.REQUESTS_STATUS_CHANGED, id, this.json.writeValueAsString(event));
		await().atMost(Duration.ofSeconds(20)).until(() -> stored(id).statusSequence() == 1);

		open("/m/" + Open311Fixtures.TENANT + "/requests/" + id + "?lang=en");
		assertThat(this.browser.find(By.id("status-tag")).getText()).isEqualToIgnoringCase("In progress");
		assertThat(this.browser.find(By.id("history")).getText().toLowerCase(java.util.Locale.ROOT))
			.contains("received", "in progress", "crew on the way with a new sign", "handled by roads");
		bothLanguages("resident-status-update", "Signalement " + id);

		// a phone in a resident's hand: nothing wider than the screen
		Dimension before = this.browser.driver().manage().window().getSize();
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			for (String page : List.of("report/sign", "requests/" + id)) {
				open("/m/" + Open311Fixtures.TENANT + "/" + page + "?lang=fr");
				Object overflow = ((JavascriptExecutor) this.browser.driver()).executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(((Number) overflow).intValue()).as("%s scrolls sideways on a phone", page)
					.isLessThanOrEqualTo(0);
				this.browser.screenshot("resident-phone-" + (page.startsWith("report") ? "report" : "status"));
			}
		}
		finally {
			this.browser.driver().manage().window().setSize(before);
		}
	}

	@Test
	void theSameFormSentTwiceFilesOneReport() throws Exception {
		String description = "Sent twice " + UUID.randomUUID();
		String form = "submission=" + UUID.randomUUID() + "&attribute%5Bkind%5D=damaged&lat=44.5&long=-78.5"
				+ "&description=" + description.replace(' ', '+');
		HttpResponse<String> first = post("/m/" + Open311Fixtures.TENANT + "/report/sign", form);
		HttpResponse<String> again = post("/m/" + Open311Fixtures.TENANT + "/report/sign", form);
		assertThat(first.statusCode()).isEqualTo(303);
		assertThat(again.statusCode()).isEqualTo(303);
		assertThat(again.headers().firstValue("Location")).as("the same report's confirmation")
			.isEqualTo(first.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/submitted"));
		assertThat(this.mongo.count(Query.query(Criteria.where("description").is(description)), ServiceRequest.class))
			.isEqualTo(1);
		HttpResponse<String> changed = post("/m/" + Open311Fixtures.TENANT + "/report/sign",
				form.replace("long=-78.5", "long=-78.6"));
		assertThat(changed.headers().firstValue("Location")).as("a changed form is a report of its own")
			.isNotEqualTo(first.headers().firstValue("Location"));
	}

	@Test
	void unknownRequestsServicesAndMunicipalitiesAreANotFoundPageInThePagesLanguage() throws Exception {
		open("/m/" + Open311Fixtures.TENANT + "/requests/NOSUCHID00?lang=en");
		assertThat(heading()).isEqualTo("Page not found");
		bothLanguages("resident-not-found", "Page introuvable");
		for (String path : List.of("/m/" + Open311Fixtures.TENANT + "/requests/NOSUCHID00",
				"/m/" + Open311Fixtures.TENANT + "/report/nosuchservice", "/m/nowhere.example")) {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "fr").build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).as(path).contains("Page introuvable").doesNotContain("Whitelabel");
		}
	}

}
