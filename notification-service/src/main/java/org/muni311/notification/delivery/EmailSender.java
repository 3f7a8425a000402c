package org.muni311.notification.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import org.muni311.notification.template.Message;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP: plain text and HTML alternatives, from the platform's sender address
 * under the municipality's name, replies to the municipality, with RFC 8058 one-click
 * unsubscribe headers and a Message-ID that is the same on every attempt. A batch goes
 * over {@link MailProperties#connections()} connections at once, shared by recipient (one
 * resident's messages over one connection, in order): each message costs several round
 * trips to the server, and one connection at a time bounded the mail a loaded platform
 * could send (about 20 a second on a busy 2-core machine). SMTP timeouts are set in
 * {@code spring.mail.properties}.
 */
@Component
class EmailSender implements ChannelSender {

	static {
		// Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader for every
		// MIME part it creates or writes
		// (jakartaee/mail-api#699, #861): in the Spring Boot jar that scan took 28% of
		// this service's CPU under load.
		// Named, the provider is one class lookup.
		if (System.getProperty(StreamProvider.class.getName()) == null) {
			System.setProperty(StreamProvider.class.getName(), "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final JavaMailSender mail;

	private final SenderProperties senders;

	private final int connections;

	private final ExecutorService pool;

	EmailSender(JavaMailSender mail, SenderProperties senders, MailProperties settings) {
		this.mail = mail;
		this.senders = senders;
		this.connections = settings.connections();
		// the first share goes on the calling (sender) thread, the others on these
		AtomicInteger threads = new AtomicInteger();
		this.pool = (this.connections > 1) ? Executors.newFixedThreadPool(this.connections - 1, (task) -> {
			Thread thread = new Thread(task, "email-smtp-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}) : null;
	}

	@Override
	public String channel() {
		return "email";
	}

	@Override
	public Map<String, Failure> send(List<Delivery> deliveries) {
		Map<String, Failure> failures = new HashMap<>();
		// in the order given: a resident reads "resolved" before "closed" (a MimeMessage
		// is equal only to itself)
		Map<MimeMessage, Delivery> messages = new LinkedHashMap<>();
		for (Delivery delivery : deliveries) {
			try {
				messages.put(message(delivery), delivery);
			}
			catch (MessagingException | UnsupportedEncodingException ex) {
				failures.put(delivery.id(), Failure.permanentFailure(ex)); // an address
																			// no server
																			// would take
			}
		}
		if (messages.isEmpty()) {
			return failures;
		}
		// shared among the connections by recipient, so that one resident's messages go
		// over one connection in their order
		List<Map<MimeMessage, Delivery>> shares = new ArrayList<>();
		for (int i = 0; i < Math.min(this.connections, messages.size()); i++) {
			shares.add(new LinkedHashMap<>());
		}
		messages.forEach((message, delivery) -> shares
			.get(Math.floorMod(delivery.recipient().toLowerCase(Locale.ROOT).hashCode(), shares.size()))
			.put(message, delivery));
		List<CompletableFuture<Map<String, Failure>>> others = new ArrayList<>();
		for (Map<MimeMessage, Delivery> share : shares.subList(1, shares.size())) {
			if (!share.isEmpty()) {
				others.add(CompletableFuture.supplyAsync(() -> sendOver(share), this.pool));
			}
		}
		failures.putAll(sendOver(shares.get(0)));
		others.forEach((share) -> failures.putAll(share.join()));
		return failures;
	}

	/**
	 * Sends {@code messages} over one SMTP connection; returns the failures by delivery
	 * id.
	 */
	private Map<String, Failure> sendOver(Map<MimeMessage, Delivery> messages) {
		Map<String, Failure> failures = new HashMap<>();
		if (messages.isEmpty()) {
			return failures;
		}
		try {
			this.mail.send(messages.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			Map<Object, Exception> failed = ex.getFailedMessages();
			messages.forEach((message, delivery) -> {
				Exception why = failed.isEmpty() ? ex : failed.get(message);
				if (why != null) {
					failures.put(delivery.id(),
							(why instanceof SendFailedException refused && refused.getInvalidAddresses() != null
									&& refused.getInvalidAddresses().length > 0) ? Failure.permanentFailure(why)
											: Failure.transientFailure(why));
				}
			});
		}
		catch (MailException ex) {
			messages.values().forEach((delivery) -> failures.put(delivery.id(), Failure.transientFailure(ex)));
		}
		return failures;
	}

	/**
	 * Builds the message of {@code content} and writes it as SMTP would carry it, to
	 * nowhere: the warm-up at start (nothing is sent).
	 */
	void writeWithoutSending(Message content) throws MessagingException, IOException {
		Instant now = NotificationHandlers.WARM_UP_TIME;
		message(new Delivery("warm-up:email:warm-up", "warm-up.example.org", "0000000000", "warm-up", "routed",
				channel(), "warm-up", "nobody@warm-up.example.org", null, "en", content,
				"https://warm-up.example.org/unsubscribe", DeliveryState.PENDING, 0, null, now, now, null, null, null))
			.writeTo(OutputStream.nullOutputStream());
	}

	private MimeMessage message(Delivery delivery) throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = this.mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.senders.sender(), delivery.content().senderName());
		if (delivery.content().replyTo() != null) {
			helper.setReplyTo(delivery.content().replyTo());
		}
		helper.setTo(delivery.recipient());
		helper.setSubject(delivery.content().subject());
		helper.setText(delivery.content().text(), delivery.content().html());
		message.setHeader("List-Unsubscribe", "<" + delivery.unsubscribeUrl() + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		// JavaMailSender keeps a Message-ID it is given (it would otherwise make a new
		// one on every attempt)
		message.setHeader("Message-ID", messageId(delivery.id(), this.senders.sender()));
		return message;
	}

	/**
	 * The Message-ID of every attempt at delivery {@code id}:
	 * {@code <id@domain of the sender>}, the id's characters that an RFC 5322 id may not
	 * hold ({@code :}) made dots. SMTP cannot avoid a second copy when the connection
	 * drops after the server took the message but before its answer came back (RFC 1047),
	 * nor when this service stops between sending and recording it; the copy then carries
	 * the same Message-ID, by which mail clients and providers fold duplicates. The SMS
	 * gateway gets the delivery id as its {@code Idempotency-Key} for the same reason.
	 */
	static String messageId(String id, String sender) {
		String domain = sender.substring(sender.lastIndexOf('@') + 1);
		return "<" + id.replaceAll("[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]", ".") + "@" + domain + ">";
	}

}
