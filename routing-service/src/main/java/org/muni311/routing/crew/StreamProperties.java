package org.muni311.routing.crew;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live streams of queues ({@code muni311.routing.streams.*}).
 *
 * @param heartbeat how often an open stream gets a comment line when nothing else is
 * sent: a proxy keeps an idle connection open only so long (nginx's default is 60 s), and
 * a stream whose browser left is noticed only when a write to it fails, which releases
 * its user's share of the limit on open streams
 */
@ConfigurationProperties("muni311.routing.streams")
record StreamProperties(@DefaultValue("20s") Duration heartbeat) {
}
