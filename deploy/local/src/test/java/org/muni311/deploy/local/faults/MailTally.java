package org.muni311.deploy.local.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Mails received per request id. */
final class MailTally {

	private static final Pattern REQUEST_ID = Pattern.compile("Request ([0-9A-Z]{10})");

	/**
	 * The Message-ID of each mail {@code smtp} has received, per request id: a Message-ID
	 * twice is one message sent again (SMTP's lost acknowledgement, or a sender stopped
	 * before it recorded the message), which mail clients fold; two Message-IDs are two
	 * messages.
	 */
	Map<String, List<String>> perRequest(GreenMail smtp) {
		Map<String, List<String>> ids = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			try {
				Matcher id = REQUEST_ID.matcher(message.getSubject());
				if (id.find()) {
					ids.computeIfAbsent(id.group(1), (key) -> new ArrayList<>()).add(message.getMessageID());
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return ids;
	}

}
