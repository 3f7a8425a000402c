package org.muni311.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import org.muni311.deploy.embedded.FreePorts;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.ServiceInstances;
import org.muni311.notification.delivery.Delivery;
import org.muni311.notification.delivery.DeliveryState;
import org.muni311.notification.municipality.MunicipalityDirectory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the notification service side by side (two application contexts over
 * one broker and one store, one consumer group): digest mails held by the instance that
 * recorded them, while both run their recovery pass every half second with a grace far
 * shorter than the digest window, are each sent once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

	private static final String TENANT = "two-instances.muni311.org";

	private final ServerSetup smtpSetup = new ServerSetup(FreePorts.pick(), "127.0.0.1", "smtp");

	private final GreenMail smtp = new GreenMail(this.smtpSetup);

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private JsonMapper json;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void startTwoInstances() {
		this.smtp.start();
		this.first = instance();
		this.second = instance();
		this.json = this.first.getBean(JsonMapper.class);
		long version = System.currentTimeMillis();
		MunicipalityConfiguration municipality = new MunicipalityConfiguration(TENANT, Map.of("en", "Two Instances"),
				"America/Toronto", List.of("en"), new MunicipalityConfiguration.Contact("311@two.example", "311", null),
				null, List.of(), List.of(), List.of(), List.of(), List.of(), "triage");
		this.kafka.send(Topics.MUNICIPALITIES_CONFIG, TENANT,
				this.json.writeValueAsString(
						EventEnvelope.create(MunicipalityConfigured.TYPE, MunicipalityConfigured.VERSION, TENANT, null,
								Instant.now(), null, new MunicipalityConfigured(version, municipality))));
		for (ConfigurableApplicationContext instance : List.of(this.first, this.second)) {
			MunicipalityDirectory directory = instance.getBean(MunicipalityDirectory.class);
			await().atMost(Duration.ofSeconds(30)).until(() -> directory.version(TENANT) == version);
		}
	}

	@AfterAll
	void stop() {
		ServiceInstances.stop(this.first, this.second);
		this.smtp.stop();
	}

	@Test
	void digestsHeldByOneInstanceAreSentOnceWhileBothRecover() {
		List<String> requests = new ArrayList<>();
		List<String> reporters = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String request = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			String reporter = "r" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
			requests.add(request);
			reporters.add(reporter);
			this.kafka.send(Topics.REQUESTS_SUBSCRIPTIONS, request,
					this.json.writeValueAsString(
							EventEnvelope.create(ReporterSubscribed.TYPE, ReporterSubscribed.VERSION, TENANT, request,
									Instant.now(), null, ReporterSubscribed.byEmail(reporter, "en", "web"))));
		}
		MongoTemplate store = this.first.getBean(MongoTemplate.class);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.consumedAll("notification-two-instances", Topics.REQUESTS_SUBSCRIPTIONS));
		// the three bindings of both instances are one group: a member joining late would
		// move a request's partition between instances in the middle of its digest
		await().atMost(Duration.ofSeconds(60)).until(() -> this.kafka.stable("notification-two-instances", 6));
		for (String request : requests) {
			changeStatus(request, 1, RequestStatus.ROUTED);
			changeStatus(request, 2, RequestStatus.IN_PROGRESS);
			changeStatus(request, 3, RequestStatus.RESOLVED);
		}

		// sent at once, then the two held to the digest window's end (6 s) as one mail
		for (String request : requests) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(deliveries(store, request)).hasSize(3)
					.extracting(Delivery::state)
					.containsOnly(DeliveryState.SENT));
		}
		// and no copy later: the recovery passes of both instances run many times past
		// the grace meanwhile
		await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			for (int i = 0; i < requests.size(); i++) {
				String request = requests.get(i);
				assertThat(mailsTo(reporters.get(i))).as("mails to the reporter of " + request)
					.extracting(TwoInstancesIT::subject)
					.containsExactlyInAnyOrder("Request " + request + ": sent to Roads and Sidewalks",
							"Request " + request + ": 2 updates");
			}
		});
	}

	private ConfigurableApplicationContext instance() {
		return ServiceInstances.start(NotificationApplication.class, "muni311-two-notification",
				"spring.cloud.stream.bindings.registerReporter-in-0.group=notification-two-instances",
				"spring.cloud.stream.bindings.notifyStatusChange-in-0.group=notification-two-instances",
				"spring.cloud.stream.bindings.notifyEscalation-in-0.group=notification-two-instances",
				"spring.mail.host=127.0.0.1", "spring.mail.port=" + this.smtpSetup.getPort(),
				"muni311.notification.sender=notifications@muni311.test",
				"muni311.notification.links.unsubscribe-secret=test-secret-test-secret-test-secret",
				"muni311.mail.recovery-interval=PT0.5S", "muni311.mail.recovery-grace=PT1S",
				"muni311.notification.digest-window=PT0S",
				"muni311.notification.digest-window-by-municipality[" + TENANT + "]=PT6S");
	}

	private void changeStatus(String request, long sequence, RequestStatus status) {
		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, request,
				this.json.writeValueAsString(EventEnvelope.create(ServiceRequestStatusChanged.TYPE,
						ServiceRequestStatusChanged.VERSION, TENANT, request, Instant.now(), null,
						new ServiceRequestStatusChanged(sequence, status, "roads", "Roads and Sidewalks", "crew-1",
								"ward-2", "Ward 2", null, "routing", null))));
	}

	private static List<Delivery> deliveries(MongoTemplate store, String request) {
		return store.find(Query.query(Criteria.where("requestId").is(request)), Delivery.class);
	}

	private List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
