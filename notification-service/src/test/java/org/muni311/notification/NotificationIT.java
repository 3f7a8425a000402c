package org.muni311.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.muni311.autoconfigure.view.TopicViews;
import org.muni311.autoconfigure.warmup.WarmUp;
import org.muni311.contracts.ContactErased;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.deploy.testsupport.ApiDocs;
import org.muni311.notification.delivery.Delivery;
import org.muni311.notification.delivery.DeliveryState;
import org.muni311.notification.municipality.MunicipalityDirectoryForTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Status updates by email through a real SMTP server (GreenMail), over real Kafka and
 * store.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationIT extends NotificationTestBase {

	@Autowired
	List<WarmUp> warmUps;

	@Autowired
	BuildProperties build;

	@Autowired
	TopicViews views;

	@Test
	void aRestartedInstanceRebuildsItsMunicipalitiesFromTheTopic() throws Exception {
		MunicipalityDirectoryForTest.Started restarted = MunicipalityDirectoryForTest.start(this.json, this.views);
		try {
			assertThat(restarted.view().awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
			assertThat(restarted.directory().version(DEMO)).isEqualTo(this.municipalities.version(DEMO));
			assertThat(restarted.directory().of(DEMO, Duration.ZERO)).map(MunicipalityConfiguration::name)
				.contains(Map.of("en", "Demo Municipality", "fr", "Municipalité de démonstration"));
		}
		finally {
			restarted.view().stop();
		}
	}

	@Test
	void emailsTheReporterOnceEvenWhenTheEventIsDeliveredTwice() throws Exception {
		String request = newRequestId();
		String email = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(email, "en", "open311"));

		String routed = changeStatus(request, 1, RequestStatus.ROUTED, "Routed to Roads and Sidewalks, Ward 2.");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(email)).hasSize(1));
		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, request, routed);
		awaitAllHandled(request);

		assertThat(mailsTo(email)).hasSize(1);
		MimeMessage mail = mailsTo(email).get(0);
		assertThat(mail.getSubject()).isEqualTo("Request " + request + ": sent to Roads and Sidewalks");
		assertThat(raw(mail)).contains(request, "Ward 2", "text/plain", "text/html");
		assertThat(mail.getFrom()[0].toString()).as("the platform's address under the municipality's name")
			.isEqualTo("Demo Municipality <notifications@muni311.test>");
		assertThat(mail.getReplyTo()[0].toString()).isEqualTo("311@demo.example");
		assertThat(deliveries(request)).singleElement().satisfies((delivery) -> {
			assertThat(delivery.id()).as("no contact data in ids").doesNotContain(email, email.split("@")[0]);
			assertThat(delivery.state()).isEqualTo(DeliveryState.SENT);
		});
	}

	@Test
	void writesInFrenchToAReporterWhoAskedForIt() throws Exception {
		String request = newRequestId();
		String email = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(email, "fr", "open311"));

		changeStatus(request, 1, RequestStatus.ROUTED, null);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(email)).hasSize(1));
		MimeMessage mail = mailsTo(email).get(0);
		assertThat(mail.getSubject()).isEqualTo("Demande " + request + " : transmise à Roads and Sidewalks");
		assertThat(Mails.text(mail)).as("signed by the municipality, in French")
			.contains("Municipalité de démonstration", "311@demo.example");
	}

	/**
	 * A notice parked until its subscription arrives is told then, and logged in the
	 * subscription's trace (the POST's, which the operator follows through the services).
	 */
	@Test
	void aStatusChangeThatOvertakesItsSubscriptionIsToldOnceTheSubscriptionArrives(CapturedOutput output)
			throws Exception {
		String request = newRequestId();
		String email = newEmail();
		String traceId = UUID.randomUUID().toString().replace("-", "");

		changeStatus(request, 1, RequestStatus.ROUTED, null);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("notification-service", Topics.REQUESTS_STATUS_CHANGED));
		assertThat(mailsTo(email)).as("nobody to tell yet").isEmpty();
		this.kafka.send(Topics.REQUESTS_SUBSCRIPTIONS, request,
				this.json.writeValueAsString(EventEnvelope.create(ReporterSubscribed.TYPE, ReporterSubscribed.VERSION,
						DEMO, request, Instant.now(), "00-" + traceId + "-00f067aa0ba902b7-01",
						ReporterSubscribed.byEmail(email, "en", "open311"))));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(email)).hasSize(1));
		assertThat(output.getOut().lines().filter((line) -> line.contains(request) && line.contains("recorded")))
			.as("the parked notice's delivery logged in the subscription's trace")
			.anySatisfy((line) -> assertThat(line).contains(traceId));
		assertThat(deliveries(request)).extracting(Delivery::state).containsExactly(DeliveryState.SENT);
		assertThat(this.kafka.readAll(Topics.REQUESTS_STATUS_CHANGED + ".notification-service.dlq"))
			.as("the notice was parked at once, not failed and dead-lettered")
			.noneMatch((record) -> request.equals(record.key()));
	}

	/**
	 * A poll's subscriptions are registered together: a reporter whose notice was parked
	 * is told it, an erasure after a subscription in the same poll removes it, and an
	 * event of a type the topic does not carry is dead-lettered alone.
	 */
	@Test
	void aPollsSubscriptionsAreRegisteredTogetherAndAnErasureAfterOneRemovesIt() throws Exception {
		String parked = newRequestId();
		String parkedEmail = newEmail();
		String erased = newRequestId();
		String erasedEmail = newEmail();
		String plain = newRequestId();
		String plainEmail = newEmail();
		changeStatus(parked, 1, RequestStatus.ROUTED, null);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("notification-service", Topics.REQUESTS_STATUS_CHANGED));
		String marker = UUID.randomUUID().toString();

		this.kafka.sendAll(Topics.REQUESTS_SUBSCRIPTIONS, parked,
				List.of(subscriptionEvent(DEMO, parked, ReporterSubscribed.byEmail(parkedEmail, "en", "web")),
						subscriptionEvent(DEMO, erased, ReporterSubscribed.byEmail(erasedEmail, "en", "web")),
						subscriptionEvent(DEMO, plain, ReporterSubscribed.byEmail(plainEmail, "en", "web")),
						erasureEvent(DEMO, erased, new ContactErased("erasure-in-a-poll", erasedEmail, null, null)),
						this.json.writeValueAsString(EventEnvelope.create("NotASubscription", 1, DEMO, plain,
								Instant.now(), null, Map.of("marker", marker)))));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.kafka.readAll(Topics.REQUESTS_SUBSCRIPTIONS + ".notification-service.dlq")
				.stream()
				.anyMatch((record) -> record.value().contains(marker)));
		awaitSubscriptionsRegistered();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(parkedEmail)).hasSize(1));
		changeStatus(erased, 1, RequestStatus.ROUTED, null);
		changeStatus(plain, 1, RequestStatus.ROUTED, null);
		awaitAllHandled(erased, plain);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(plainEmail)).hasSize(1));
		assertThat(mailsTo(erasedEmail)).as("erased after subscribing, in the same poll").isEmpty();
	}

	/**
	 * A storm: many requests' subscriptions and first notices, each topic sent as one
	 * producer batch (so polls of many records, and notices overtaking their
	 * subscriptions), and every reporter is told once.
	 */
	@Test
	void everyReporterOfAStormIsToldOnce() throws Exception {
		List<String> requests = new ArrayList<>();
		List<String> subscriptions = new ArrayList<>();
		List<String> notices = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String request = newRequestId();
			requests.add(request);
			subscriptions.add(subscriptionEvent(DEMO, request,
					ReporterSubscribed.byEmail("storm-" + request.toLowerCase() + "@example.org", "en", "web")));
			notices.add(statusEvent(DEMO, request, 1, RequestStatus.ROUTED, null));
		}
		this.kafka.sendAll(Topics.REQUESTS_STATUS_CHANGED, requests.get(0), notices.subList(0, 100));
		this.kafka.sendAll(Topics.REQUESTS_SUBSCRIPTIONS, requests.get(0), subscriptions);
		this.kafka.sendAll(Topics.REQUESTS_STATUS_CHANGED, requests.get(0), notices.subList(100, 200));

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			for (String request : requests) {
				assertThat(mailsTo("storm-" + request.toLowerCase() + "@example.org")).as(request).hasSize(1);
			}
		});
	}

	/**
	 * The warm-ups a start runs (off in the tests' configuration) work and send nothing.
	 */
	@Test
	void theWarmUpsRunAndSendNothing() throws Exception {
		assertThat(this.warmUps).hasSizeGreaterThanOrEqualTo(2);
		for (WarmUp warmUp : this.warmUps) {
			warmUp.run();
		}
		assertThat(mailsTo("nobody@warm-up.example.org")).isEmpty();
	}

	@Test
	void publishesItsOpenApiDocument() {
		ApiDocs.Answer docs = new ApiDocs(this.port).document();

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.contentType()).startsWith("application/json");
		JsonNode document = this.json.readTree(docs.body());
		assertThat(document.has("openapi")).isTrue();
		assertThat(document.at("/info/title").asString()).isEqualTo("Muni311 notification-service API");
		assertThat(document.at("/info/version").asString()).isEqualTo(this.build.getVersion());
		assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
	}

}
