package org.muni311.notification.delivery;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How messages are sent and retried on every channel ({@code muni311.mail.*}, named for
 * the first channel, kept so that deployments keep working). The SMTP server and its
 * timeouts are Boot's {@code spring.mail.*}; the SMS gateway's are in
 * {@link SenderProperties}.
 *
 * @param batchSize most messages one sender takes at a time (email: over one SMTP
 * connection)
 * @param maxAttempts attempts at one message before it is marked failed; the default,
 * 730, keeps trying for about a day at the longest pause, so that a mail server or
 * gateway down for hours loses nothing (12 gave up after about ten minutes)
 * @param firstRetry the pause before the second attempt; each next pause doubles
 * @param maxRetry the longest pause between attempts
 * @param recoveryInterval how often pending messages a stopped sender left are looked
 * for, besides at start (a scan on mongo-java-server, an index on MongoDB)
 * @param recoveryGrace how old a pending message must be before recovery takes it for a
 * stopped sender's leftover; longer than any retry pause and any one batch's send with
 * the SMTP timeouts, so that recovery never takes what a live sender is about to send
 * @param connections how many SMTP connections one email batch is sent over at once (its
 * messages shared among them by recipient)
 */
@Validated
@ConfigurationProperties("muni311.mail")
public record MailProperties(@Min(1) @DefaultValue("20") int batchSize, @Min(1) @DefaultValue("730") int maxAttempts,
		@NotNull @DefaultValue("PT1S") Duration firstRetry, @NotNull @DefaultValue("PT2M") Duration maxRetry,
		@NotNull @DefaultValue("PT5M") Duration recoveryInterval, @NotNull @DefaultValue("PT5M") Duration recoveryGrace,
		@Min(1) @DefaultValue("4") int connections) {

	/** The pause after {@code attempts} failed attempts. */
	Duration retryAfter(int attempts) {
		long millis = this.firstRetry.toMillis() << Math.min(attempts - 1, 20);
		return Duration.ofMillis(Math.min(millis, this.maxRetry.toMillis()));
	}

}
