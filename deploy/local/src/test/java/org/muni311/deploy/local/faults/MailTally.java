package org.muni311.deploy.local.faults;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Mails received per request id, across restarts of the mail server (which forget what they held). */
final class MailTally {

	private static final Pattern REQUEST_ID = Pattern.compile("Request ([0-9A-Z]{10})");

	private final Map<String, Integer> archived = new HashMap<>();

	/** Keeps the counts of {@code smtp} before it stops. */
	synchronized void archive(GreenMail smtp) {
		count(smtp).forEach((id, mails) -> this.archived.merge(id, mails, Integer::sum));
	}

	/** Mails per request id so far, including those of stopped servers. */
	synchronized Map<String, Integer> perRequest(GreenMail current) {
		Map<String, Integer> all = new HashMap<>(this.archived);
		count(current).forEach((id, mails) -> all.merge(id, mails, Integer::sum));
		return all;
	}

	private static Map<String, Integer> count(GreenMail smtp) {
		Map<String, Integer> counts = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			try {
				Matcher id = REQUEST_ID.matcher(message.getSubject());
				if (id.find()) {
					counts.merge(id.group(1), 1, Integer::sum);
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return counts;
	}

}
