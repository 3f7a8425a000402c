/**
 * Notification service. {@code subscription} records who wants to hear about a request, {@code delivery} sends
 * status updates and keeps the delivery log, {@code config} the wiring.
 */
package org.muni311.notification;
