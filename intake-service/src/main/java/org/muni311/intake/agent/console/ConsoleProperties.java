package org.muni311.intake.agent.console;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console reads the notification service's delivery log
 * ({@code muni311.intake.console.*}). With no URL the timeline says that notifications
 * are unavailable.
 *
 * @param notificationUrl the notification service's base address, such as
 * {@code http://127.0.0.1:8082}, or {@code null}
 * @param username the service credential intake signs in with there (a staff user with
 * the AGENT role for the municipalities served), or {@code null} for none
 * @param password its password
 * @param timeout how long a timeline waits for the delivery log before it shows the page
 * without it
 */
@ConfigurationProperties("muni311.intake.console")
record ConsoleProperties(URI notificationUrl, String username, String password, @DefaultValue("3s") Duration timeout) {

	/** Whether a delivery log is configured. */
	boolean hasNotificationService() {
		return this.notificationUrl != null && !this.notificationUrl.toString().isBlank();
	}

}
