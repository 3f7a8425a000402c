package org.muni311.intake.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long intake keeps what it needs only for a while ({@code muni311.retention.*}).
 *
 * @param idempotencyKeys how long an {@code Idempotency-Key} is remembered (a retry after
 * that files a new request)
 * @param orphanPhotos how long a photo no filed request points to is kept (a form sent
 * with problems and never corrected)
 * @param interval how often the purges run
 */
@ConfigurationProperties("muni311.retention")
public record RetentionProperties(@DefaultValue("PT24H") Duration idempotencyKeys,
		@DefaultValue("P1D") Duration orphanPhotos, @DefaultValue("PT1H") Duration interval) {

}
