package org.muni311.notification.subscription;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The links in messages ({@code muni311.notification.links.*}).
 *
 * @param publicUrl where residents reach this service, such as
 * {@code https://notify.muni311.org}
 * @param unsubscribeSecret the key that signs unsubscribe tokens (at least 32
 * characters); empty makes a random one at start, so that links stop working after a
 * restart: set it in every deployment
 */
@Validated
@ConfigurationProperties("muni311.notification.links")
public record LinkProperties(@NotNull @DefaultValue("http://localhost:8082") URI publicUrl,
		@DefaultValue("") String unsubscribeSecret) {
}
