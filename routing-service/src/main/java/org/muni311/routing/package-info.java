/**
 * Routing service. {@code area} finds which ward a point lies in, {@code directory} holds each municipality's
 * departments and service-to-department rules, {@code routing} turns a submitted request into a decision and a
 * status event, {@code workqueue} keeps the work items crews act on, {@code config} the wiring.
 */
package org.muni311.routing;
