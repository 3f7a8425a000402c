/**
 * Telling residents: who gets which message (one per event, recipient and channel,
 * recorded in the delivery log before anything is sent), and one sender per channel
 * (email, SMS gateway, social webhook) that delivers them off the Kafka consumer's thread
 * with retries, quiet hours and digests; and forgetting them: a resident's erasure
 * ({@code Erasures}) and the retention purge after a request closes
 * ({@code DeliveryRetention}).
 */
package org.muni311.notification.delivery;
