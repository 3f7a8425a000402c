/**
 * Every service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}), made by springdoc from the controllers, titled after the
 * service and saying how to sign in to the {@code /admin} paths.
 */
package org.muni311.autoconfigure.openapi;
