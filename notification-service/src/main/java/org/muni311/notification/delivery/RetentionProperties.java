package org.muni311.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long notification keeps residents' addresses and what was sent to them
 * ({@code muni311.retention.*}).
 *
 * @param deliveries how long after a request closes its deliveries keep their recipient
 * and content, and its subscribers their addresses
 * @param interval how often the purge runs
 */
@ConfigurationProperties("muni311.retention")
public record RetentionProperties(@DefaultValue("P90D") Duration deliveries, @DefaultValue("PT1H") Duration interval) {

}
