package org.muni311.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the parts of a received mail. */
final class Mails {

	private Mails() {
	}

	/** The plain text part. */
	static String text(Part mail) throws Exception {
		return part(mail, "text/plain");
	}

	/** The HTML part. */
	static String html(Part mail) throws Exception {
		return part(mail, "text/html");
	}

	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = part(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
