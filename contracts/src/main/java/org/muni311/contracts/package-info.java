/**
 * What the services say to each other over Kafka: topic names and immutable, versioned event records, JSON on
 * the wire, keyed by request id. Nothing else lives here: no Spring, no utilities, no persistence types.
 */
package org.muni311.contracts;
