package org.muni311.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.muni311.autoconfigure.outbox.RecoveryLease;
import org.muni311.notification.subscription.ContactData;
import org.muni311.notification.subscription.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention purge, every {@link RetentionProperties#interval()}: the deliveries of a
 * request closed longer than {@link RetentionProperties#deliveries()} (cut-off from the
 * clock) lose their recipient and content, its subscribers their addresses; what was sent
 * when, and to how many, stays. With several instances, one at a time runs it (a
 * {@link RecoveryLease}); were two to run it at once, they would repeat the same blanking
 * (every write may be repeated) and only one would mark each request purged.
 */
@Component
public class DeliveryRetention {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRetention.class);

	/** The purge's lease, among the outboxes' in {@link RecoveryLease#COLLECTION}. */
	static final String LEASE = "deliveries-retention";

	/** Requests read per batch. */
	private static final int BATCH = 100;

	/** Batches per run at most: the next run goes on. */
	private static final int MAX_BATCHES = 100;

	private final ContactData contacts;

	private final DeliveryErasure deliveries;

	private final RetentionProperties properties;

	private final Clock clock;

	private final RecoveryLease lease;

	public DeliveryRetention(ContactData contacts, DeliveryErasure deliveries, RetentionProperties properties,
			MongoTemplate mongo, Clock clock) {
		this.contacts = contacts;
		this.deliveries = deliveries;
		this.properties = properties;
		this.clock = clock;
		this.lease = new RecoveryLease(mongo, LEASE, properties.interval().multipliedBy(2), clock);
	}

	@Scheduled(initialDelayString = "${muni311.retention.interval:PT1H}",
			fixedDelayString = "${muni311.retention.interval:PT1H}")
	void scheduled() {
		try {
			if (this.lease.tryAcquire()) {
				purge();
			}
		}
		catch (RuntimeException ex) {
			// the next run tries again
			log.warn("Purging closed requests' deliveries failed", ex);
		}
	}

	/**
	 * Blanks the deliveries and subscribers' addresses of the requests closed before the
	 * retention's cut-off; returns how many requests it purged.
	 */
	public int purge() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.properties.deliveries());
		int purged = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			List<Subscription> closed = this.contacts.closedBefore(cutoff, BATCH);
			for (Subscription subscription : closed) {
				this.deliveries.erase(subscription.deliveryIds());
				if (this.contacts.forgetAddresses(subscription, now)) {
					purged++;
				}
			}
			if (closed.size() < BATCH) {
				break;
			}
		}
		if (purged > 0) {
			log.info("Retention purged the deliveries and addresses of {} request(s) closed before {}", purged, cutoff);
		}
		return purged;
	}

}
