package org.muni311.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the intake service ({@code muni311.intake.*}). The outbox, store and topic
 * settings shared by every service are {@code muni311.outbox.*}, {@code muni311.store.*}
 * and {@code muni311.kafka.*}.
 *
 * @param defaultJurisdictionId the municipality assumed when a call names none; empty to
 * require one
 * @param loadDemoMunicipality whether to load the demo municipality at start (local
 * profile only)
 * @param socialSecrets the shared secret that signs each municipality's social webhook
 * calls, by jurisdiction id (none: the municipality takes no social posts)
 */
@Validated
@ConfigurationProperties("muni311.intake")
public record IntakeProperties(String defaultJurisdictionId, boolean loadDemoMunicipality,
		java.util.Map<String, String> socialSecrets) {

	public IntakeProperties {
		socialSecrets = (socialSecrets != null) ? java.util.Map.copyOf(socialSecrets) : java.util.Map.of();
	}
}
