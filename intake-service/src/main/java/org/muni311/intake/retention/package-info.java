/**
 * Retention: scheduled purges of what intake keeps only for a while (idempotency keys,
 * orphan photos), each cut-off from the injected clock.
 */
package org.muni311.intake.retention;
