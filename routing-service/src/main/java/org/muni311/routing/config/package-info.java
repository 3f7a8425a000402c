/**
 * Wiring: the outbox relay over the work items (shared wiring comes from
 * service-autoconfigure).
 */
package org.muni311.routing.config;
