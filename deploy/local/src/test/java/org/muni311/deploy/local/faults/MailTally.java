package org.muni311.deploy.local.faults;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Mails received per request id. */
final class MailTally {

	private static final Pattern REQUEST_ID = Pattern.compile("Request ([0-9A-Z]{10})");

	/** Mails per request id that {@code smtp} has received. */
	Map<String, Integer> perRequest(GreenMail smtp) {
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
