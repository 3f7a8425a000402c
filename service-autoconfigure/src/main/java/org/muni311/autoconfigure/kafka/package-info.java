/**
 * Kafka wiring every service shares: the platform's topics declared with their partitions
 * and replicas, and consumer error handling that retries between polls (never holding a
 * partition past {@code max.poll.interval.ms}) and sends what keeps failing to the
 * binding's dead-letter topic.
 */
package org.muni311.autoconfigure.kafka;
