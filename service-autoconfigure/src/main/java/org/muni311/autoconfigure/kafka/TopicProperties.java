package org.muni311.autoconfigure.kafka;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the platform's topics are created ({@code muni311.kafka.*}).
 *
 * @param partitions partitions of each request topic and dead-letter topic: the most
 * consumers of one group that can share its work. Never grown by the services: a keyed
 * topic that gains partitions moves keys and breaks each request's order
 * @param replicas copies of each partition: 3 on a production cluster, 1 on a single
 * local broker
 * @param minInsyncReplicas copies that must hold a write before it is acknowledged
 * ({@code acks=all}); unset: 2 with 3 replicas or more, else 1
 * @param retention how long the request topics keep an event: longer than any consumer
 * may be down
 * @param deadLetterRetention how long a dead-letter topic keeps a record, for someone to
 * look at it and replay it
 */
@Validated
@ConfigurationProperties("muni311.kafka")
public record TopicProperties(@Min(1) @DefaultValue("12") int partitions, @Min(1) @DefaultValue("3") short replicas,
		@Min(1) Integer minInsyncReplicas, @NotNull @DefaultValue("P7D") Duration retention,
		@NotNull @DefaultValue("P28D") Duration deadLetterRetention) {

	/** {@code min.insync.replicas} of every topic the services declare. */
	public int effectiveMinInsyncReplicas() {
		if (this.minInsyncReplicas != null) {
			return this.minInsyncReplicas;
		}
		return (this.replicas >= 3) ? 2 : 1;
	}

	/**
	 * More in-sync copies than replicas would refuse every write.
	 * @return whether the setting can be met
	 */
	@AssertTrue(message = "min-insync-replicas must not exceed replicas")
	public boolean isMinInsyncReplicasWithinReplicas() {
		return effectiveMinInsyncReplicas() <= this.replicas;
	}

}
