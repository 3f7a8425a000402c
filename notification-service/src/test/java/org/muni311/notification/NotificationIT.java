package org.muni311.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.view.TopicViews;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import org.muni311.deploy.embedded.FreePorts;
import org.muni311.deploy.testsupport.ApiDocs;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.notification.delivery.Delivery;
import org.muni311.notification.delivery.DeliveryState;
import org.muni311.notification.municipality.MunicipalityDirectory;
import org.muni311.notification.municipality.MunicipalityDirectoryForTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Status updates by email through a real SMTP server (GreenMail), over real Kafka and store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"muni311.mail.first-retry=PT0.2S", "muni311.mail.max-retry=PT1S", "muni311.mail.recovery-interval=PT1S" })
@Import(InfrastructureTestConfiguration.class)
class NotificationIT {

	private static final String DEMO = "demo.muni311.org";

	private static final ServerSetup SMTP_SETUP = new ServerSetup(FreePorts.pick(), "127.0.0.1", "smtp");

	private static GreenMail smtp = startSmtp();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP_SETUP::getPort);
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	BuildProperties build;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MunicipalityDirectory municipalities;

	@Autowired
	TopicViews views;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private static long configurationVersion = System.currentTimeMillis();

	@BeforeEach
	void configureTheMunicipality() {
		if (this.municipalities.version(DEMO) >= configurationVersion) {
			return;
		}
		MunicipalityConfiguration demo = new MunicipalityConfiguration(DEMO,
				Map.of("en", "Demo Municipality", "fr", "Municipalité de démonstration"), "America/Toronto",
				List.of("en", "fr"), new MunicipalityConfiguration.Contact("311@demo.example", "311", null), null,
				List.of(), List.of(), List.of(), List.of(), List.of(), "triage");
		this.kafka.send(Topics.MUNICIPALITIES_CONFIG, DEMO,
				this.json.writeValueAsString(EventEnvelope.create(MunicipalityConfigured.TYPE,
						MunicipalityConfigured.VERSION, DEMO, null, Instant.now(), null,
						new MunicipalityConfigured(configurationVersion, demo))));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.municipalities.version(DEMO) == configurationVersion);
	}

	@Test
	void aRestartedInstanceRebuildsItsMunicipalitiesFromTheTopic() throws Exception {
		MunicipalityDirectoryForTest.Started restarted = MunicipalityDirectoryForTest.start(this.json, this.views);
		try {
			assertThat(restarted.view().awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
			assertThat(restarted.directory().version(DEMO)).isEqualTo(configurationVersion);
			assertThat(restarted.directory().of(DEMO, Duration.ZERO)).map(MunicipalityConfiguration::name)
				.contains(Map.of("en", "Demo Municipality", "fr", "Municipalité de démonstration"));
		}
		finally {
			restarted.view().stop();
		}
	}

	@Test
	void emailsTheReporterOnceEvenWhenTheEventIsDeliveredTwice() throws Exception {
		Reporter reporter = new Reporter();
		subscribe(reporter, "en");
		String routed = routed(reporter.requestId);

		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, reporter.requestId, routed);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).isEqualTo(1));
		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, reporter.requestId, routed);
		awaitAllHandled(reporter);

		assertThat(mailsTo(reporter)).isEqualTo(1);
		MimeMessage mail = lastTo(reporter);
		assertThat(mail.getSubject()).isEqualTo("Request " + reporter.requestId + ": sent to Roads and Sidewalks");
		assertThat((String) mail.getContent()).contains(reporter.requestId, "Ward 2");
		assertThat(deliveries(reporter)).singleElement()
			.satisfies((delivery) -> assertThat(delivery.id()).as("no contact data in ids")
				.doesNotContain(reporter.email));
	}

	@Test
	void writesInFrenchToAReporterWhoAskedForIt() throws Exception {
		Reporter reporter = new Reporter();
		subscribe(reporter, "fr");

		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, reporter.requestId, routed(reporter.requestId));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).isEqualTo(1));
		assertThat(lastTo(reporter).getSubject())
			.isEqualTo("Demande " + reporter.requestId + " : transmise à Roads and Sidewalks");
		assertThat((String) lastTo(reporter).getContent()).as("signed by the municipality, in French")
			.contains("Municipalité de démonstration", "311@demo.example");
	}

	@Test
	void aStatusChangeThatOvertakesItsSubscriptionIsToldOnceTheSubscriptionArrives() throws Exception {
		Reporter reporter = new Reporter();

		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, reporter.requestId, routed(reporter.requestId));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("notification-service", Topics.REQUESTS_STATUS_CHANGED));
		assertThat(mailsTo(reporter)).as("nobody to tell yet").isZero();
		subscribe(reporter, "en");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).isEqualTo(1));
		assertThat(deliveries(reporter)).extracting(Delivery::state).containsExactly(DeliveryState.SENT);
	}

	@Test
	void mailWaitsForAMailServerThatIsDownWithoutHoldingUpOtherRequests() throws Exception {
		Reporter first = new Reporter();
		Reporter second = new Reporter();
		subscribe(first, "en");
		subscribe(second, "en");
		smtp.stop();
		try {
			this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, first.requestId, routed(first.requestId));
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(deliveries(first)).singleElement()
					.satisfies((delivery) -> assertThat(delivery.attempts()).isPositive()));
			this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, second.requestId, routed(second.requestId));
			await().atMost(Duration.ofSeconds(30))
				.alias("the consumer kept going while mail failed")
				.untilAsserted(() -> assertThat(deliveries(second)).hasSize(1));
		}
		finally {
			smtp = startSmtp();
		}

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(mailsTo(first)).isEqualTo(1);
			assertThat(mailsTo(second)).isEqualTo(1);
		});
		awaitAllHandled(first);
		awaitAllHandled(second);
		assertThat(mailsTo(first)).isEqualTo(1);
		assertThat(mailsTo(second)).isEqualTo(1);
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

	/** Every status event consumed and every delivery of {@code reporter} settled: no more mail can come. */
	private void awaitAllHandled(Reporter reporter) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("notification-service", Topics.REQUESTS_STATUS_CHANGED));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(deliveries(reporter)).extracting(Delivery::state)
				.containsOnly(DeliveryState.SENT));
	}

	private void subscribe(Reporter reporter, String language) {
		this.kafka.send(Topics.REQUESTS_SUBSCRIPTIONS, reporter.requestId,
				this.json.writeValueAsString(EventEnvelope.create(ReporterSubscribed.TYPE, ReporterSubscribed.VERSION,
						DEMO, reporter.requestId, Instant.now(), null,
						ReporterSubscribed.byEmail(reporter.email, language, "open311"))));
	}

	private String routed(String id) {
		return this.json.writeValueAsString(EventEnvelope.create(ServiceRequestStatusChanged.TYPE,
				ServiceRequestStatusChanged.VERSION, DEMO, id, Instant.now(), null,
				new ServiceRequestStatusChanged(1, RequestStatus.ROUTED, "roads", "Roads and Sidewalks", null, "ward-2",
						"Ward 2", "Routed to Roads and Sidewalks, Ward 2.", "routing", null)));
	}

	private List<Delivery> deliveries(Reporter reporter) {
		return this.mongo.find(Query.query(Criteria.where("requestId").is(reporter.requestId)), Delivery.class);
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(SMTP_SETUP);
		server.start();
		return server;
	}

	private static long mailsTo(Reporter reporter) throws Exception {
		long count = 0;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(reporter.email)) {
				count++;
			}
		}
		return count;
	}

	private static MimeMessage lastTo(Reporter reporter) throws Exception {
		MimeMessage last = null;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(reporter.email)) {
				last = message;
			}
		}
		return last;
	}

	/** A request of its own and its reporter's unique address. */
	private static final class Reporter {

		final String requestId = "N" + UUID.randomUUID().toString().substring(0, 9);

		final String email = this.requestId.toLowerCase() + "@example.org";

	}

}
