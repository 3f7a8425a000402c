package org.muni311.autoconfigure.warmup;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The warm-up at start ({@code muni311.warm-up.*}).
 *
 * @param duration how long the service's {@link WarmUp}s run, in turn, before it says it
 * is ready; zero runs none (the producer's connection is made either way)
 */
@Validated
@ConfigurationProperties("muni311.warm-up")
public record WarmUpProperties(@NotNull @DefaultValue("PT3S") Duration duration) {
}
