package org.muni311.autoconfigure.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the audit log of staff reads is kept ({@code muni311.retention.staff-reads}),
 * purged every {@code muni311.retention.interval} like intake's other retention purges.
 *
 * @param staffReads how long a {@link StaffRead} is kept
 * @param interval how often the purge runs
 */
@ConfigurationProperties("muni311.retention")
public record StaffReadRetention(@DefaultValue("P365D") Duration staffReads, @DefaultValue("PT1H") Duration interval) {

}
