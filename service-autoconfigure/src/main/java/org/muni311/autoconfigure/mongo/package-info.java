/**
 * MongoDB wiring every service shares: majority writes with a time limit, connection and
 * socket timeouts so that no request thread hangs on the store, and a health check by
 * {@code ping}.
 */
package org.muni311.autoconfigure.mongo;
