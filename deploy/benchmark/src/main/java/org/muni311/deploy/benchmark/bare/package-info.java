/**
 * The bare Spring MVC baseline: the least a Spring Boot service can do for an Open311
 * POST (parse the form, insert one document), started inside the benchmark JVM against
 * the platform's store.
 */
package org.muni311.deploy.benchmark.bare;
