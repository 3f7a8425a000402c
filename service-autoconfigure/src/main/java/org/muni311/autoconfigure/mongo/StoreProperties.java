package org.muni311.autoconfigure.mongo;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Time limits on every store call ({@code muni311.store.*}). A call that exceeds one
 * fails, and the caller answers 503 or retries; it never waits for ever.
 *
 * @param connectTimeout opening a connection
 * @param readTimeout waiting for an answer on an open connection
 * @param serverSelectionTimeout finding a server able to take the call (the primary, for
 * writes)
 * @param writeTimeout how long a majority has to acknowledge a write ({@code wtimeout})
 */
@Validated
@ConfigurationProperties("muni311.store")
public record StoreProperties(@NotNull @DefaultValue("PT3S") Duration connectTimeout,
		@NotNull @DefaultValue("PT10S") Duration readTimeout,
		@NotNull @DefaultValue("PT5S") Duration serverSelectionTimeout,
		@NotNull @DefaultValue("PT5S") Duration writeTimeout) {
}
