package org.muni311.deploy.benchmark;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;

/**
 * Hears each mail as the platform's SMTP server stores it in the benchmark reporter's
 * inbox, and tells the tracker which request it is about (the subject names the request
 * id). Listening costs nothing per message; re-reading the whole mailbox to find new mail
 * would cost more as the run goes on.
 */
final class MailListener implements FolderListener {

	static final String REPORTER = "bench@example.org";

	private static final Pattern REQUEST_ID = Pattern.compile("(?:Request|Demande) ([0-9A-Z]{10})\\b");

	private final MailFolder inbox;

	private final JourneyTracker tracker;

	private MailListener(MailFolder inbox, JourneyTracker tracker) {
		this.inbox = inbox;
		this.tracker = tracker;
	}

	/** Creates the reporter's mailbox (so mail to it lands there) and listens to it. */
	static MailListener start(GreenMail smtp, JourneyTracker tracker) throws FolderException {
		GreenMailUser user = smtp.setUser(REPORTER, REPORTER, "bench");
		MailFolder inbox = smtp.getManagers().getImapHostManager().getInbox(user);
		MailListener listener = new MailListener(inbox, tracker);
		inbox.addListener(listener);
		return listener;
	}

	/**
	 * Called while the folder holds its lock, right after the message numbered
	 * {@code msn} was stored.
	 */
	@Override
	public void added(int msn) {
		long now = System.nanoTime();
		List<StoredMessage> messages = this.inbox.getMessages();
		int index = (msn >= 1 && msn <= messages.size()) ? msn - 1 : messages.size() - 1;
		try {
			Matcher id = REQUEST_ID.matcher(messages.get(index).getMimeMessage().getSubject());
			if (id.find()) {
				this.tracker.mailed(id.group(1), now);
			}
		}
		catch (MessagingException ex) {
			// unreadable subject: not one of ours to time
		}
	}

	@Override
	public void expunged(int msn) {
	}

	@Override
	public void flagsUpdated(int msn, Flags flags, Long uid) {
	}

	@Override
	public void mailboxDeleted() {
	}

}
