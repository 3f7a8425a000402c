package org.muni311.intake.retention;

import java.time.Clock;

import org.muni311.intake.media.Photos;
import org.muni311.intake.request.IdempotencyKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the purges every {@code muni311.retention.interval}, each cut-off from the clock.
 * Every instance runs them: the deletes are idempotent, so two at once only repeat work.
 */
@Component
public class RetentionJobs {

	private static final Logger log = LoggerFactory.getLogger(RetentionJobs.class);

	private final IdempotencyKeys keys;

	private final Photos photos;

	private final RetentionProperties properties;

	private final Clock clock;

	public RetentionJobs(IdempotencyKeys keys, Photos photos, RetentionProperties properties, Clock clock) {
		this.keys = keys;
		this.photos = photos;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${muni311.retention.interval:PT1H}",
			fixedDelayString = "${muni311.retention.interval:PT1H}")
	void scheduled() {
		try {
			purge();
		}
		catch (RuntimeException ex) {
			// the next run tries again
			log.warn("Retention purge failed", ex);
		}
	}

	/** Deletes the idempotency keys and orphan photos older than their retention. */
	public void purge() {
		long keys = this.keys.purge(this.clock.instant().minus(this.properties.idempotencyKeys()));
		long photos = this.photos.purgeOrphans(this.clock.instant().minus(this.properties.orphanPhotos()));
		if (keys + photos > 0) {
			log.info("Retention purged {} idempotency keys and {} orphan photos", keys, photos);
		}
	}

}
