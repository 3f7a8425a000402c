package org.muni311.notification.delivery;

import java.time.Instant;

import org.muni311.notification.template.Message;
import org.muni311.notification.template.Notice;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one recipient about one event on one channel, and the log of its
 * sending. Its id makes a second delivery of the same event to the same recipient on the
 * same channel impossible, whatever Kafka redelivers.
 *
 * @param id {@code eventId:channel:subscriberId}: ids only, no contact data
 * @param tenant the municipality
 * @param requestId the request
 * @param eventId the event told about
 * @param kind the notice's kind ({@code resolved}, {@code escalated}...)
 * @param channel {@code email}, {@code sms} or {@code social}
 * @param subscriberId the subscriber told
 * @param recipient the address or number (stays in this service; the delivery log API
 * shows it masked)
 * @param notice what it tells, kept to write a digest with the notices that follow it
 * @param language the recipient's language
 * @param content what is sent
 * @param unsubscribeUrl the recipient's unsubscribe link
 * @param state where it is
 * @param attempts failed sending attempts so far
 * @param lastError why the last attempt failed, without contact data, or {@code null}
 * @param occurredAt when the event occurred
 * @param updatedAt when the state last changed
 * @param notBefore not to be sent before this (quiet hours), or {@code null}
 * @param submittedAt when the request was submitted, on the reporter's first notice only
 * (its routing), to time submission to first notice; else {@code null}
 * @param erasedAt when its recipient, content and links were removed (the recipient's
 * erasure, or the retention after the request closed), or {@code null}; its state and
 * times stay for the counts
 */
@Document(Delivery.COLLECTION)
public record Delivery(@Id String id, String tenant, String requestId, String eventId, String kind, String channel,
		String subscriberId, String recipient, Notice notice, String language, Message content, String unsubscribeUrl,
		DeliveryState state, int attempts, String lastError, Instant occurredAt, Instant updatedAt, Instant notBefore,
		Instant submittedAt, Instant erasedAt) {

	/** The MongoDB collection. */
	public static final String COLLECTION = "deliveries";

	/**
	 * The kind of a follower's confirmation message: no status change, not timed as one.
	 */
	static final String CONFIRMATION_KIND = "confirmation";

	/**
	 * This delivery carrying {@code other} content: a digest of it and the deliveries
	 * after it.
	 */
	Delivery withContent(Message other) {
		return new Delivery(this.id, this.tenant, this.requestId, this.eventId, this.kind, this.channel,
				this.subscriberId, this.recipient, this.notice, this.language, other, this.unsubscribeUrl, this.state,
				this.attempts, this.lastError, this.occurredAt, this.updatedAt, this.notBefore, this.submittedAt,
				this.erasedAt);
	}

	/**
	 * The id of the delivery of {@code eventId} to {@code subscriberId} on
	 * {@code channel}.
	 */
	static String idOf(String eventId, String channel, String subscriberId) {
		return eventId + ":" + channel + ":" + subscriberId;
	}

	/** Whether delivery {@code id} went (or goes) to {@code subscriberId}. */
	static boolean isTo(String id, String subscriberId) {
		return id.endsWith(":" + subscriberId);
	}

}
