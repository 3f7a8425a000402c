package org.muni311.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muni311.deploy.embedded.FreePorts;
import org.muni311.notification.template.Message;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** Email against a real SMTP server (GreenMail). */
class EmailSenderTest {

	private GreenMail smtp;

	private EmailSender sender;

	@BeforeEach
	void start() {
		this.smtp = new GreenMail(new ServerSetup(FreePorts.pick(), "127.0.0.1", "smtp"));
		this.smtp.start();
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(this.smtp.getSmtp().getPort());
		this.sender = new EmailSender(mail,
				new SenderProperties("notifications@muni311.test", null, null, Duration.ZERO, null),
				new MailProperties(20, 730, Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
						Duration.ofMinutes(5), 4));
	}

	@AfterEach
	void stop() {
		this.smtp.stop();
	}

	@Test
	void everyAttemptAtADeliveryCarriesTheSameMessageIdSoThatMailClientsFoldACopy() throws MessagingException {
		Delivery first = delivery("0b6f7c1e-event:email:sub-1");
		Delivery other = delivery("0b6f7c1e-event:email:sub-2");

		// a retry after the server took the message but its answer was lost sends the
		// same delivery again
		assertThat(this.sender.send(List.of(first))).isEmpty();
		assertThat(this.sender.send(List.of(first, other))).isEmpty();

		List<String> ids = Arrays.stream(this.smtp.getReceivedMessages()).map(EmailSenderTest::messageId).toList();
		assertThat(ids).containsExactly("<0b6f7c1e-event.email.sub-1@muni311.test>",
				"<0b6f7c1e-event.email.sub-1@muni311.test>", "<0b6f7c1e-event.email.sub-2@muni311.test>");
	}

	@Test
	void aBatchGoesOverSeveralConnectionsAndEachResidentsMessagesArriveInTheirOrder() throws Exception {
		List<Delivery> batch = new ArrayList<>();
		for (int update = 0; update < 3; update++) {
			for (int resident = 0; resident < 6; resident++) {
				batch.add(delivery("event-" + update + ":email:sub-" + resident,
						"resident-" + resident + "@example.org"));
			}
		}

		assertThat(this.sender.send(batch)).isEmpty();

		assertThat(this.smtp.getReceivedMessages()).hasSize(18);
		for (int resident = 0; resident < 6; resident++) {
			String to = "resident-" + resident + "@example.org";
			assertThat(Arrays.stream(this.smtp.getReceivedMessagesForDomain(to)).map(EmailSenderTest::messageId)).as(to)
				.containsExactly("<event-0.email.sub-" + resident + "@muni311.test>",
						"<event-1.email.sub-" + resident + "@muni311.test>",
						"<event-2.email.sub-" + resident + "@muni311.test>");
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Delivery delivery(String id) {
		return delivery(id, "resident@example.org");
	}

	private static Delivery delivery(String id, String recipient) {
		Message content = new Message("Request 1234567890: sent to Roads", "Sent to Roads.", "<p>Sent to Roads.</p>",
				"Sent to Roads.", "Demo Municipality", "311@demo.example");
		return new Delivery(id, "demo.muni311.org", "1234567890", id.split(":")[0], "routed", "email", "sub", recipient,
				null, "en", content, "https://demo.example/unsubscribe", DeliveryState.PENDING, 0, null, Instant.now(),
				Instant.now(), null, null, null);
	}

}
