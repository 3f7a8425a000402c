/**
 * Intake service. {@code open311} is the GeoReport v2 API, {@code request} the public
 * record of each request and its status, {@code catalogue} the municipalities and their
 * services, {@code config} the wiring. Events leave through the shared outbox relay
 * (module {@code service-autoconfigure}).
 */
package org.muni311.intake;
