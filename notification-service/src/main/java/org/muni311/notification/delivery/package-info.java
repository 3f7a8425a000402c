/**
 * Telling residents: who gets which message (one per event, recipient and channel, recorded in the delivery log
 * before anything is sent), and the sender that delivers them off the Kafka consumer's thread with retries.
 */
package org.muni311.notification.delivery;
