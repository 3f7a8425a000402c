/**
 * The embedded outbox: a feature stores its record and the events it owes in ONE document
 * write and hands the document's id to the
 * {@link org.muni311.autoconfigure.outbox.OutboxRelay}, which publishes those events to
 * Kafka and then removes them in one write. A recovery pass, run by one instance at a
 * time under a lease, publishes what a crash left behind. Kafka being down delays events,
 * never loses them.
 */
package org.muni311.autoconfigure.outbox;
