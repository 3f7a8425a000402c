package org.muni311.notification.subscription;

import java.time.Instant;
import java.util.Locale;

import org.muni311.contracts.ContactErased;
import org.muni311.contracts.ContactKeys;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;

/**
 * One person who hears about a request.
 *
 * @param id the id of the event that subscribed them: stable under redelivery, and no
 * contact data
 * @param role {@code reporter}, {@code follower} or {@code caller}
 * @param email where to write, or {@code null}
 * @param phone where to text, or {@code null}
 * @param language {@code en} or {@code fr}
 * @param via how they came in: {@code web}, {@code open311}, {@code phone} or
 * {@code social}
 * @param socialHandle their handle on the social channel, or {@code null}
 * @param since when they subscribed: for the reporter (or caller), when the request was
 * submitted; {@code null} for those recorded before it was kept
 */
public record Subscriber(String id, String role, String email, String phone, String language, String via,
		String socialHandle, Instant since) {

	static Subscriber of(EventEnvelope<ReporterSubscribed> event) {
		ReporterSubscribed subscribed = event.payload();
		String role = (subscribed.role() != null) ? subscribed.role() : ReporterSubscribed.REPORTER;
		return new Subscriber(event.eventId(), role, blankToNull(subscribed.email()), blankToNull(subscribed.phone()),
				subscribed.language(), subscribed.channel(), blankToNull(subscribed.socialHandle()),
				event.occurredAt());
	}

	/**
	 * Whether the request is known once this one subscribes: intake announces its
	 * reporter (or caller) always.
	 */
	boolean announcesTheRequest() {
		return !ReporterSubscribed.FOLLOWER.equals(this.role);
	}

	/**
	 * The channel and address this subscriber is told on, or {@code null} for none: a
	 * reply on the social channel for those who came from it, a text message for those
	 * who came by phone and left a number, else email, else a text message.
	 */
	public Contact contact() {
		if ("social".equals(this.via) && this.socialHandle != null) {
			return new Contact(Contact.SOCIAL, this.socialHandle);
		}
		if ("phone".equals(this.via) && this.phone != null) {
			return new Contact(Contact.SMS, this.phone);
		}
		if (this.email != null) {
			return new Contact(Contact.EMAIL, this.email.trim().toLowerCase(Locale.ROOT));
		}
		return (this.phone != null) ? new Contact(Contact.SMS, this.phone) : null;
	}

	/**
	 * Whether this subscriber hears only a confirmation message until they confirm: a
	 * follower, whose address anyone may have typed ("me too", the follow page, the API).
	 * A reporter gave their own address with their report, and a caller gave theirs to an
	 * agent.
	 */
	public boolean needsConfirmation() {
		return ReporterSubscribed.FOLLOWER.equals(this.role);
	}

	/**
	 * Whether this subscriber was told at an erased address: the same email (in any
	 * case), phone number (however it was written: {@link ContactKeys#phone}) or social
	 * handle.
	 */
	boolean uses(ContactErased erased) {
		String erasedEmail = ContactKeys.email(erased.email());
		String erasedPhone = ContactKeys.phone(erased.phone());
		return (erasedEmail != null && erasedEmail.equals(ContactKeys.email(this.email)))
				|| (erasedPhone != null && erasedPhone.equals(ContactKeys.phone(this.phone)))
				|| (erased.socialHandle() != null && erased.socialHandle().trim().equals(this.socialHandle));
	}

	/**
	 * This subscriber with no address, number or handle: who they were on the request
	 * (role, language, channel, since when) stays for the counts.
	 */
	Subscriber withoutContact() {
		return new Subscriber(this.id, this.role, null, null, this.language, this.via, null, this.since);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * @param channel {@link #EMAIL}, {@link #SMS} or {@link #SOCIAL}
	 * @param address the email address, phone number or social handle
	 */
	public record Contact(String channel, String address) {

		/** Email over SMTP. */
		public static final String EMAIL = "email";

		/** A text message through the SMS gateway. */
		public static final String SMS = "sms";

		/** A reply in the author's thread on the social channel the request came from. */
		public static final String SOCIAL = "social";

		/**
		 * The key of this address in {@code tenant}, of the documents kept per address
		 * ({@link StoppedAddresses}, {@link FollowedAddresses}).
		 */
		String keyIn(String tenant) {
			return tenant + "|" + this.channel + "|" + this.address.toLowerCase(Locale.ROOT);
		}

	}

}
