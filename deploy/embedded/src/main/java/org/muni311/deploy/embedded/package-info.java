/**
 * Real infrastructure run in-process: a KRaft Kafka broker, a MongoDB-wire-compatible
 * store. Used by the local runner and, where Docker is absent, by the integration tests.
 * Nothing here is a mock: clients talk to these over their normal network protocols.
 */
package org.muni311.deploy.embedded;
