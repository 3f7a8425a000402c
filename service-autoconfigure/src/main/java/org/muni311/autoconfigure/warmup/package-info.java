/**
 * The warm-up every service runs at start, before it says it is ready: the producer
 * connected and the request path's in-memory work compiled, so that the first minute
 * after a restart is not the slowest.
 */
package org.muni311.autoconfigure.warmup;
