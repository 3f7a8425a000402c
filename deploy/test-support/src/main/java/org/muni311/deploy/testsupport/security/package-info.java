/**
 * The authorization matrix every service's test writes as a table, and the client that
 * sends its cells as each caller.
 */
package org.muni311.deploy.testsupport.security;
