/**
 * Wiring: typed settings and the outbox relay over the requests (shared wiring comes from
 * service-autoconfigure).
 */
package org.muni311.intake.config;
