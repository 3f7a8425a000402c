package org.muni311.notification.deliverylog;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.muni311.autoconfigure.audit.Masks;
import org.muni311.autoconfigure.audit.StaffReads;
import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffRole;
import org.muni311.notification.delivery.Delivery;
import org.muni311.notification.delivery.DeliveryState;
import org.muni311.notification.subscription.Subscription;
import org.muni311.notification.subscription.Subscriptions;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET
 * /agent/v1/municipalities/{jurisdiction_id}/requests/{request_id}/deliveries}: the
 * messages sent about one request, oldest first. Read by {@code _id} only: the request's
 * subscription lists its delivery ids. Each read is kept in the audit log of staff reads
 * (the recipients are personal data, masked as they are).
 */
@RestController
class DeliveryLogController {

	/**
	 * Who reads a municipality's delivery log: its agents, supervisors and
	 * administrators.
	 */
	static final StaffRole[] READERS = { StaffRole.AGENT, StaffRole.SUPERVISOR, StaffRole.MUNICIPALITY_ADMIN,
			StaffRole.PLATFORM_ADMIN };

	private final Subscriptions subscriptions;

	private final MongoTemplate mongo;

	private final StaffAccess access;

	private final StaffReads reads;

	DeliveryLogController(Subscriptions subscriptions, MongoTemplate mongo, StaffAccess access, StaffReads reads) {
		this.subscriptions = subscriptions;
		this.mongo = mongo;
		this.access = access;
		this.reads = reads;
	}

	@GetMapping("/agent/v1/municipalities/{jurisdiction_id}/requests/{request_id}/deliveries")
	List<Entry> deliveries(@PathVariable("jurisdiction_id") String tenant, @PathVariable("request_id") String requestId,
			Authentication staff) {
		this.access.require(staff, tenant, READERS);
		Subscription subscription = this.subscriptions.find(tenant, requestId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No request " + requestId + " of " + tenant + " is known to the notification service"));
		if (subscription.deliveryIds().isEmpty()) {
			return List.of();
		}
		this.reads.record(staff, tenant, StaffReads.DELIVERY_LOG, requestId);
		return this.mongo.find(Query.query(Criteria.where("_id").in(subscription.deliveryIds())), Delivery.class)
			.stream()
			.filter((delivery) -> tenant.equals(delivery.tenant()))
			.sorted(Comparator.comparing(Delivery::occurredAt).thenComparing(Delivery::id))
			.map(Entry::of)
			.toList();
	}

	/**
	 * One message in the log.
	 *
	 * @param eventId the event it told about
	 * @param kind which notice ({@code resolved}...)
	 * @param channel {@code email} or {@code sms}
	 * @param recipient the address or number, masked
	 * @param subject the email subject
	 * @param state {@code PENDING}, {@code SENT} or {@code FAILED}
	 * @param attempts failed attempts
	 * @param lastError why the last attempt failed, or {@code null}
	 * @param occurredAt when the event happened
	 * @param updatedAt when the state last changed (for {@code SENT}: when it was sent)
	 * @param notBefore held for quiet hours until then, or {@code null}
	 */
	record Entry(String eventId, String kind, String channel, String recipient, String subject, DeliveryState state,
			int attempts, String lastError, Instant occurredAt, Instant updatedAt, Instant notBefore) {

		static Entry of(Delivery delivery) {
			return new Entry(delivery.eventId(), delivery.kind(), delivery.channel(), Masks.mask(delivery.recipient()),
					(delivery.content() != null) ? delivery.content().subject() : null, delivery.state(),
					delivery.attempts(), delivery.lastError(), delivery.occurredAt(), delivery.updatedAt(),
					delivery.notBefore());
		}

	}

}
