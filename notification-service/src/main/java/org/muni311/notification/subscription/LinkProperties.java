package org.muni311.notification.subscription;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The links in messages ({@code muni311.notification.links.*}).
 *
 * @param publicUrl where residents reach this service, such as
 * {@code https://notify.muni311.org}
 * @param unsubscribeSecret the key that signs unsubscribe tokens, at least 32 characters
 * ({@code MUNI311_NOTIFICATION_UNSUBSCRIBE_SECRET}): required, the same on every instance
 * and kept across restarts, so that a link sent by one instance works on every other and
 * after a restart (the {@code local} profile sets one for this machine)
 */
@Validated
@ConfigurationProperties("muni311.notification.links")
public record LinkProperties(@NotNull @DefaultValue("http://localhost:8082") URI publicUrl,
		@NotNull @Size(min = LinkProperties.SECRET_LENGTH,
				message = LinkProperties.SECRET_REQUIRED) @DefaultValue("") String unsubscribeSecret) {

	/** The shortest unsubscribe secret. */
	static final int SECRET_LENGTH = 32;

	/** Why a service without the unsubscribe secret does not start. */
	static final String SECRET_REQUIRED = "set MUNI311_NOTIFICATION_UNSUBSCRIBE_SECRET (muni311.notification.links."
			+ "unsubscribe-secret): at least 32 characters, the same on every instance and across restarts, as it "
			+ "signs the unsubscribe link of every message";

}
