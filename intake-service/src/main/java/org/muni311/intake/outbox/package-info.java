/**
 * The embedded outbox: a feature stores its record and the events it owes in ONE document write, and the relay
 * publishes those events to Kafka, then removes them. Kafka being down delays events, never loses them. The
 * relay knows collections and field names, not the features that write them.
 */
package org.muni311.intake.outbox;
