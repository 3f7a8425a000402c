/**
 * Tracing every service shares: the {@code traceparent} of the work in progress, which
 * events keep so that the outbox publishes them in the trace they were written in.
 */
package org.muni311.autoconfigure.tracing;
