/**
 * Turns a submitted request into a routing decision and a work item, stored with its
 * {@code ROUTED} status event for the outbox to publish.
 */
package org.muni311.routing.decision;
