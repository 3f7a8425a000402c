package org.muni311.intake.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the intake service ({@code muni311.intake.*}).
 *
 * @param defaultJurisdictionId the municipality assumed when a call names none; empty to require one
 * @param loadDemoMunicipality whether to load the demo municipality at start (local profile only)
 * @param outbox how the outbox relay publishes
 * @param topics how the topics this service writes are created
 */
@Validated
@ConfigurationProperties("muni311.intake")
public record IntakeProperties(String defaultJurisdictionId, boolean loadDemoMunicipality,
		@Valid @DefaultValue Outbox outbox, @Valid @DefaultValue Topics topics) {

	/**
	 * @param pollInterval how often the relay looks for unpublished events besides being woken by each write
	 * @param batchSize how many requests one relay pass takes
	 * @param sendTimeout how long the relay waits for Kafka to acknowledge a batch
	 */
	public record Outbox(@NotNull @DefaultValue("PT1S") Duration pollInterval, @Min(1) @DefaultValue("200") int batchSize,
			@NotNull @DefaultValue("PT30S") Duration sendTimeout) {
	}

	/**
	 * @param partitions partitions of each topic created
	 * @param replicas replicas of each topic created; 0 or less takes the broker's default
	 */
	public record Topics(@Min(1) @DefaultValue("3") int partitions, @DefaultValue("0") short replicas) {
	}

}
