/**
 * Wiring every Muni311 service shares, applied by depending on this module (Spring Boot
 * auto-configuration): the embedded outbox relay, MongoDB timeouts and health, Kafka
 * topics and consumer error handling, staff sign-in ({@code security}), OpenAPI documents
 * ({@code openapi}), a parent process watch for the local runner, and shared property
 * defaults. Shared wiring only: no domain lives here.
 */
package org.muni311.autoconfigure;
