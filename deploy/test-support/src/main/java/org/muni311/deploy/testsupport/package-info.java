/**
 * Real Kafka and MongoDB for integration tests, one of each per test JVM: containers where Docker runs, the
 * in-process broker and store where it does not. Import {@link org.muni311.deploy.testsupport.InfrastructureTestConfiguration}.
 */
package org.muni311.deploy.testsupport;
