/**
 * Real Kafka and MongoDB for integration tests, one of each per test JVM: containers
 * where Docker runs, the in-process broker and store where it does not. Import
 * {@link org.muni311.deploy.testsupport.InfrastructureTestConfiguration}. Beside them,
 * what every service's tests share: its architecture rules, and reading its OpenAPI
 * document ({@link org.muni311.deploy.testsupport.ApiDocs}).
 */
package org.muni311.deploy.testsupport;
