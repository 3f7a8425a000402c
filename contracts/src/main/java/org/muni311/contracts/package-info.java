/**
 * What the services say to each other over Kafka: topic names and immutable, versioned
 * event records, JSON on the wire, keyed by request id. Beside them, the other formats
 * that cross a service boundary: a layer's geometry ({@code municipality.LayerGeometry})
 * and the webhook signature ({@code webhook.WebhookSignature}). Nothing else lives in
 * this module: no Spring, no utilities, no persistence types.
 */
package org.muni311.contracts;
