package org.muni311.autoconfigure.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How consumers commit and retry ({@code muni311.consumer.*}).
 *
 * @param attempts attempts at a record that fails for a lasting reason before it goes to
 * the dead-letter topic
 * @param initialInterval the first pause between attempts; each next one doubles
 * @param maxInterval the longest pause; also the longest a consumer waits between polls
 * while the store is down
 * @param commitInterval how often consumed offsets are committed
 */
@Validated
@ConfigurationProperties("muni311.consumer")
public record ConsumerRetryProperties(@Min(1) @DefaultValue("3") int attempts,
		@NotNull @DefaultValue("PT0.2S") Duration initialInterval, @NotNull @DefaultValue("PT5S") Duration maxInterval,
		@NotNull @DefaultValue("PT1S") Duration commitInterval) {
}
