package org.muni311.autoconfigure.kafka;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the platform's topics are created ({@code muni311.kafka.*}).
 *
 * @param partitions partitions of each topic: the most consumers of one group that can
 * share its work
 * @param replicas copies of each partition: 3 on a production cluster, 1 on a single
 * local broker
 */
@Validated
@ConfigurationProperties("muni311.kafka")
public record TopicProperties(@Min(1) @DefaultValue("12") int partitions, @Min(1) @DefaultValue("3") short replicas) {
}
