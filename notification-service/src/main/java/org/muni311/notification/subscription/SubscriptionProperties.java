package org.muni311.notification.subscription;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may be told ({@code muni311.notification.subscriptions.*}).
 *
 * @param smsCountryCodes the country calling codes text messages may go to, without
 * {@code +} (default North American numbers, {@code 1}); a number written without
 * {@code +} is taken as North American
 * @param maxPerAddress how many open requests of a municipality one address (email,
 * number, handle) may follow; a follow beyond is refused (a reporter's own requests do
 * not count and are never refused)
 */
@ConfigurationProperties("muni311.notification.subscriptions")
public record SubscriptionProperties(@DefaultValue("1") List<String> smsCountryCodes,
		@DefaultValue("50") int maxPerAddress) {

	/** Whether a text message may go to {@code number}. */
	public boolean smsAllowed(String number) {
		String digits = number.strip();
		if (!digits.startsWith("+")) {
			return this.smsCountryCodes.contains("1");
		}
		String international = digits.replaceAll("[^0-9]", "");
		return this.smsCountryCodes.stream().anyMatch(international::startsWith);
	}

}
