/**
 * Notification service. {@code subscription} records who wants to hear about a request
 * (and holds status changes that arrive before them), {@code delivery} decides what each
 * is told, keeps the delivery log and sends.
 */
package org.muni311.notification;
