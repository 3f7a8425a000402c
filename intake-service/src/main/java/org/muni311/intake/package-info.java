/**
 * Intake service. {@code open311} is the GeoReport v2 API, {@code request} the public record of each request and
 * its status, {@code catalogue} the municipalities and their services, {@code outbox} the relay that publishes
 * what the other features wrote, {@code config} the wiring.
 */
package org.muni311.intake;
