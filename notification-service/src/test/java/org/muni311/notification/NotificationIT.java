package org.muni311.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.deploy.embedded.FreePorts;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.notification.delivery.Delivery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Status updates by email through a real SMTP server (GreenMail), over real Kafka and store. */
@SpringBootTest
@Import(InfrastructureTestConfiguration.class)
class NotificationIT {

	private static final String DEMO = "demo.muni311.org";

	static final GreenMail SMTP = new GreenMail(new ServerSetup(FreePorts.pick(), "127.0.0.1", "smtp"));

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@Test
	void emailsTheReporterOnceEvenWhenTheEventIsDeliveredTwice() throws Exception {
		String id = "N" + UUID.randomUUID().toString().substring(0, 9);
		String email = id.toLowerCase() + "@example.org";
		subscribe(id, email, "en");
		String routed = routed(id);

		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, id, routed);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(email)).isEqualTo(1));
		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, id, routed);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mongo.count(
					Query.query(Criteria.where("requestId").is(id).and("state").is("SENT")), Delivery.class))
				.isEqualTo(1));

		assertThat(mailsTo(email)).isEqualTo(1);
		MimeMessage mail = lastTo(email);
		assertThat(mail.getSubject()).isEqualTo("Request " + id + ": sent to Roads and Sidewalks");
		assertThat((String) mail.getContent()).contains(id, "Ward 2");
	}

	@Test
	void writesInFrenchToAReporterWhoAskedForIt() throws Exception {
		String id = "N" + UUID.randomUUID().toString().substring(0, 9);
		String email = id.toLowerCase() + "@example.org";
		subscribe(id, email, "fr");

		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, id, routed(id));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(email)).isEqualTo(1));
		assertThat(lastTo(email).getSubject()).isEqualTo("Demande " + id + " : transmise à Roads and Sidewalks");
	}

	private void subscribe(String id, String email, String language) {
		this.kafka.send(Topics.REQUESTS_SUBSCRIPTIONS, id, this.json.writeValueAsString(EventEnvelope
			.create(ReporterSubscribed.TYPE, 1, DEMO, id, Instant.now(), null, new ReporterSubscribed(email, language))));
	}

	private String routed(String id) {
		return this.json.writeValueAsString(EventEnvelope.create(ServiceRequestStatusChanged.TYPE, 1, DEMO, id,
				Instant.now(), null, new ServiceRequestStatusChanged(RequestStatus.ROUTED, "roads",
						"Roads and Sidewalks", "ward-2", "Ward 2", "Routed to Roads and Sidewalks, Ward 2.", "routing")));
	}

	private static long mailsTo(String email) throws Exception {
		long count = 0;
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				count++;
			}
		}
		return count;
	}

	private static MimeMessage lastTo(String email) throws Exception {
		MimeMessage last = null;
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				last = message;
			}
		}
		return last;
	}

}
