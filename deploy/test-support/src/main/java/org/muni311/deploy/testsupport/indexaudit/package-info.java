/**
 * The query audit of the integration tests: every filter and sort the services send to
 * the store is recorded through the driver's command listener (registered by
 * {@link org.muni311.deploy.testsupport.InfrastructureTestConfiguration}) with its
 * caller, together with the indexes the code declares, and after each test class
 * {@link org.muni311.deploy.testsupport.indexaudit.IndexAuditExtension} fails when a
 * query is served by none of them on MongoDB ({@link IndexRule}: equality fields a
 * prefix, then the sort, then a range field).
 */
package org.muni311.deploy.testsupport.indexaudit;
