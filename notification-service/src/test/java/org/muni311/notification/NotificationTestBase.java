package org.muni311.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.muni311.contracts.ContactErased;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import org.muni311.deploy.embedded.FreePorts;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.notification.delivery.Delivery;
import org.muni311.notification.delivery.DeliveryState;
import org.muni311.notification.municipality.MunicipalityDirectory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
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

/**
 * One application context for every notification IT (so it starts once): real Kafka and
 * store, a real SMTP server (GreenMail) and a real HTTP SMS gateway (WireMock), short
 * retry pauses, staff users for the delivery log, and the demo municipality configured on
 * its topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"muni311.mail.first-retry=PT0.2S", "muni311.mail.max-retry=PT1S", "muni311.mail.recovery-interval=PT1S",
		"muni311.mail.max-attempts=40", "muni311.notification.sender=notifications@muni311.test",
		"muni311.notification.links.unsubscribe-secret=test-secret-test-secret-test-secret",
		"muni311.notification.social.secret=social-secret", "muni311.notification.sms.username=muni311",
		"muni311.notification.sms.password=gateway-secret", "muni311.notification.sms.quiet-hours=",
		"muni311.notification.sms.read-timeout=PT1S",
		"muni311.notification.sms.quiet-hours-by-municipality[quiet.muni311.org]=00:00-23:59:59",
		"muni311.notification.digest-window=PT0S",
		"muni311.notification.digest-window-by-municipality[digest.muni311.org]=PT2S",
		"muni311.notification.digest-window-by-municipality[erasure.muni311.org]=PT5S",
		"muni311.notification.subscriptions.max-per-address=3", "muni311.security.users[0].username=agent",
		"muni311.security.users[0].password={noop}agent-secret",
		"muni311.security.users[0].municipalities[0].roles=AGENT",
		"muni311.security.users[0].municipalities[0].id=demo.muni311.org",
		"muni311.security.users[1].username=elsewhere", "muni311.security.users[1].password={noop}elsewhere-secret",
		"muni311.security.users[1].municipalities[0].roles=AGENT",
		"muni311.security.users[1].municipalities[0].id=other.muni311.org", "muni311.security.users[2].username=crew",
		"muni311.security.users[2].password={noop}crew-secret",
		"muni311.security.users[2].municipalities[0].roles=CREW",
		"muni311.security.users[2].municipalities[0].id=demo.muni311.org" })
@Import(InfrastructureTestConfiguration.class)
abstract class NotificationTestBase {

	static final String DEMO = "demo.muni311.org";

	static final ServerSetup SMTP_SETUP = new ServerSetup(FreePorts.pick(), "127.0.0.1", "smtp");

	static GreenMail smtp = startSmtp();

	static final WireMockServer SMS_GATEWAY = startGateway();

	private static final long CONFIGURATION_VERSION = System.currentTimeMillis();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP_SETUP::getPort);
		registry.add("muni311.notification.sms.base-url", SMS_GATEWAY::baseUrl);
		registry.add("muni311.notification.social.webhook-url", () -> SMS_GATEWAY.baseUrl() + "/social/replies");
	}

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MunicipalityDirectory municipalities;

	final KafkaTestClient kafka = KafkaTestClient.shared();

	@BeforeEach
	void configureTheMunicipality() {
		if (this.municipalities.version(DEMO) >= CONFIGURATION_VERSION) {
			return;
		}
		MunicipalityConfiguration demo = new MunicipalityConfiguration(DEMO,
				Map.of("en", "Demo Municipality", "fr", "Municipalité de démonstration"), "America/Toronto",
				List.of("en", "fr"), new MunicipalityConfiguration.Contact("311@demo.example", "311", null), null,
				List.of(), List.of(), List.of(), List.of(), List.of(), "triage");
		this.kafka.send(Topics.MUNICIPALITIES_CONFIG, DEMO,
				this.json.writeValueAsString(
						EventEnvelope.create(MunicipalityConfigured.TYPE, MunicipalityConfigured.VERSION, DEMO, null,
								Instant.now(), null, new MunicipalityConfigured(CONFIGURATION_VERSION, demo))));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.municipalities.version(DEMO) == CONFIGURATION_VERSION);
	}

	static String newRequestId() {
		return "N" + UUID.randomUUID().toString().substring(0, 9).toUpperCase();
	}

	static String newEmail() {
		return "r" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
	}

	static String newPhone() {
		return "+1613" + String.format("%07d", (long) (Math.random() * 10_000_000));
	}

	void subscribe(String tenant, String requestId, ReporterSubscribed subscription) {
		this.kafka.send(Topics.REQUESTS_SUBSCRIPTIONS, requestId, subscriptionEvent(tenant, requestId, subscription));
	}

	/** A subscription to {@code requestId} of {@code tenant}, not sent. */
	String subscriptionEvent(String tenant, String requestId, ReporterSubscribed subscription) {
		return this.json.writeValueAsString(EventEnvelope.create(ReporterSubscribed.TYPE, ReporterSubscribed.VERSION,
				tenant, requestId, Instant.now(), null, subscription));
	}

	void subscribe(String requestId, ReporterSubscribed subscription) {
		subscribe(DEMO, requestId, subscription);
	}

	/**
	 * Publishes intake's erasure of {@code erased} for {@code requestId} of
	 * {@code tenant}; returns the record sent.
	 */
	String erase(String tenant, String requestId, ContactErased erased) {
		String event = erasureEvent(tenant, requestId, erased);
		this.kafka.send(Topics.REQUESTS_SUBSCRIPTIONS, requestId, event);
		return event;
	}

	/**
	 * Every subscription sent so far registered. Subscriptions and status changes travel
	 * on different topics: a follower hears of the changes after their subscription is
	 * registered, and a test that sends both at once waits for this in between.
	 */
	void awaitSubscriptionsRegistered() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("notification-service", Topics.REQUESTS_SUBSCRIPTIONS));
	}

	/**
	 * Intake's erasure of {@code erased} for {@code requestId} of {@code tenant}, not
	 * sent.
	 */
	String erasureEvent(String tenant, String requestId, ContactErased erased) {
		return this.json.writeValueAsString(EventEnvelope.create(ContactErased.TYPE, ContactErased.VERSION, tenant,
				requestId, Instant.now(), null, erased));
	}

	/** Publishes a status change of {@code requestId}; returns the record sent. */
	String changeStatus(String requestId, long sequence, RequestStatus status, String notes) {
		return changeStatus(DEMO, requestId, sequence, status, notes);
	}

	/**
	 * Publishes a status change of {@code requestId} of {@code tenant}; returns the
	 * record sent.
	 */
	String changeStatus(String tenant, String requestId, long sequence, RequestStatus status, String notes) {
		String event = statusEvent(tenant, requestId, sequence, status, notes);
		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, requestId, event);
		return event;
	}

	/** A status change of {@code requestId} of {@code tenant}, not sent. */
	String statusEvent(String tenant, String requestId, long sequence, RequestStatus status, String notes) {
		return this.json.writeValueAsString(
				EventEnvelope.create(ServiceRequestStatusChanged.TYPE, ServiceRequestStatusChanged.VERSION, tenant,
						requestId, Instant.now(), null, new ServiceRequestStatusChanged(sequence, status, "roads",
								"Roads and Sidewalks", "crew-1", "ward-2", "Ward 2", notes, "routing", null)));
	}

	List<Delivery> deliveries(String requestId) {
		return this.mongo.find(Query.query(Criteria.where("requestId").is(requestId)), Delivery.class);
	}

	/**
	 * Every status event consumed and every delivery of {@code requestId} settled: no
	 * more can come.
	 */
	void awaitAllHandled(String... requestIds) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("notification-service", Topics.REQUESTS_STATUS_CHANGED));
		for (String requestId : requestIds) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(deliveries(requestId)).extracting(Delivery::state)
					.doesNotContain(DeliveryState.PENDING));
		}
	}

	/**
	 * Waits for the confirmation message {@code follower} gets first and confirms with
	 * its link, as the follower would.
	 */
	void confirmByMail(String follower) throws Exception {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(follower)).hasSize(1));
		String text = Mails.text(mailsTo(follower).get(0));
		Matcher link = Pattern.compile("/confirm/[A-Za-z0-9_.\\-]+").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		assertThat(http("POST", link.group(), null, null).statusCode()).isEqualTo(200);
	}

	static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * The whole raw message (headers, text and HTML parts, decoded below as needed by the
	 * caller).
	 */
	static String raw(MimeMessage message) {
		return GreenMailUtil.getWholeMessage(message);
	}

	HttpResponse<String> http(String method, String path, String user, String password) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static GreenMail startSmtp() {
		GreenMail server = new GreenMail(SMTP_SETUP);
		server.start();
		return server;
	}

	private static WireMockServer startGateway() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().port(FreePorts.pick()).bindAddress("127.0.0.1"));
		server.start();
		return server;
	}

}
