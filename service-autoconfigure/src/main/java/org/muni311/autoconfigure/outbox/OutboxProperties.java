package org.muni311.autoconfigure.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How outbox relays publish ({@code muni311.outbox.*}).
 *
 * @param batchSize how many documents one publishing pass takes
 * @param sendTimeout how long to wait for Kafka to acknowledge a pass's events; longer
 * than the producer's {@code delivery.timeout.ms}, so that an event not acknowledged in
 * time has failed for good and is not still queued in the producer when it is sent again
 * @param retryDelay how long a document whose events Kafka refused waits before the next
 * attempt
 * @param recoveryInterval how often one instance looks for events a crash left behind,
 * besides at start. The pass is served by an index on MongoDB but scans the collection on
 * mongo-java-server, holding up its writes (about 2 s at 100,000 documents with the H2
 * file store): hence minutes, not seconds
 * @param recoveryGrace how old an event must be before recovery takes it; longer than
 * {@code sendTimeout}, so that recovery never races the instance that wrote the event and
 * is still publishing it
 * @param leaseDuration how long a recovery lease lasts unless renewed
 */
@Validated
@ConfigurationProperties("muni311.outbox")
public record OutboxProperties(@Min(1) @DefaultValue("200") int batchSize,
		@NotNull @DefaultValue("PT20S") Duration sendTimeout, @NotNull @DefaultValue("PT1S") Duration retryDelay,
		@NotNull @DefaultValue("PT5M") Duration recoveryInterval,
		@NotNull @DefaultValue("PT30S") Duration recoveryGrace,
		@NotNull @DefaultValue("PT60S") Duration leaseDuration) {
}
