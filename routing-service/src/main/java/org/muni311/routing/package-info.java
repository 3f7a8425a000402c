/**
 * Routing service. {@code area} finds which area of a layer a point lies in,
 * {@code municipality} holds each municipality's configuration and layers as the topics
 * give them, {@code routing} turns a submitted request into a decision and a work item,
 * {@code workqueue} keeps the work items crews act on (their workflow, versions and SLA),
 * {@code crew} is the crews' API, {@code config} the wiring.
 */
package org.muni311.routing;
