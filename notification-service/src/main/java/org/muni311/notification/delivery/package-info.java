/** Sending status updates and the delivery log that keeps each (event, recipient) to at most one send. */
package org.muni311.notification.delivery;
