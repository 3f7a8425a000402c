package org.muni311.notification.delivery;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's senders ({@code muni311.notification.*}): the address email comes from
 * (one the platform owns; the municipality's name is its display name and its contact the
 * reply address), the SMS gateway and quiet hours.
 *
 * @param sender the From address of every email, such as
 * {@code notifications@muni311.org}
 * @param sms the SMS gateway
 * @param social the webhook that replies on social channels
 * @param digestWindow after a message to a recipient, how long further notices about the
 * same request are held to go together as one digest when it ends (the first goes at
 * once); zero for no digests
 * @param digestWindowByMunicipality other windows by jurisdiction id
 */
@Validated
@ConfigurationProperties("muni311.notification")
record SenderProperties(@NotBlank @DefaultValue("notifications@muni311.local") String sender,
		@NotNull @DefaultValue Sms sms, @NotNull @DefaultValue Social social,
		@NotNull @DefaultValue("PT5M") Duration digestWindow, Map<String, Duration> digestWindowByMunicipality) {

	SenderProperties {
		digestWindowByMunicipality = (digestWindowByMunicipality != null) ? Map.copyOf(digestWindowByMunicipality)
				: Map.of();
	}

	/** The digest window of {@code tenant}. */
	Duration digestWindowOf(String tenant) {
		return this.digestWindowByMunicipality.getOrDefault(tenant, this.digestWindow);
	}

	/**
	 * The webhook of the social channel intake takes requests from, to reply in the
	 * author's thread.
	 *
	 * @param webhookUrl where replies are POSTed, or none to reply on no social channel
	 * @param secret the secret shared with the platform, under which each reply is signed
	 * as {@link org.muni311.contracts.webhook.WebhookSignature} says
	 * @param connectTimeout the longest wait to connect
	 * @param readTimeout the longest wait for an answer
	 */
	record Social(String webhookUrl, @DefaultValue("") String secret, @DefaultValue("PT2S") Duration connectTimeout,
			@DefaultValue("PT5S") Duration readTimeout) {
	}

	/**
	 * An HTTP SMS gateway: {@code POST {baseUrl}/messages} with a JSON body {@code {to,
	 * from, text, reference}}, HTTP Basic credentials and an {@code Idempotency-Key}
	 * header (the delivery id).
	 *
	 * @param baseUrl the gateway, or none to send no SMS (deliveries wait, pending, for
	 * one to be configured)
	 * @param username the gateway account
	 * @param password its secret
	 * @param from the number or sender id messages come from
	 * @param connectTimeout the longest wait to connect
	 * @param readTimeout the longest wait for an answer
	 * @param quietHours when no SMS is sent by default, in each municipality's own time
	 * zone, {@code HH:mm-HH:mm}
	 * @param quietHoursByMunicipality other quiet hours by jurisdiction id
	 * ({@code "[demo.muni311.org]": 22:00-07:00}); an empty value for none
	 */
	record Sms(String baseUrl, String username, String password, @DefaultValue("Muni311") String from,
			@DefaultValue("PT2S") Duration connectTimeout, @DefaultValue("PT5S") Duration readTimeout,
			@DefaultValue("21:00-08:00") String quietHours, Map<String, String> quietHoursByMunicipality) {

		Sms {
			quietHoursByMunicipality = (quietHoursByMunicipality != null) ? Map.copyOf(quietHoursByMunicipality)
					: Map.of();
			// a mistyped setting fails the start, not every text message later
			parse(quietHours);
			quietHoursByMunicipality.values().forEach(Sms::parse);
		}

		/** The quiet hours of {@code tenant}: start and end, or {@code null} for none. */
		LocalTime[] quietHoursOf(String tenant) {
			return parse(this.quietHoursByMunicipality.getOrDefault(tenant, this.quietHours));
		}

		private static LocalTime[] parse(String hours) {
			if (hours == null || hours.isBlank()) {
				return null;
			}
			String[] bounds = hours.trim().split("-");
			try {
				if (bounds.length != 2) {
					throw new IllegalArgumentException("two times expected");
				}
				return new LocalTime[] { LocalTime.parse(bounds[0].trim()), LocalTime.parse(bounds[1].trim()) };
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(
						"Quiet hours must read HH:mm-HH:mm, such as 21:00-08:00, not '" + hours + "'", ex);
			}
		}

	}

}
