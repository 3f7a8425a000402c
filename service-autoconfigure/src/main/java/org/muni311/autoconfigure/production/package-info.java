/**
 * The {@code production} profile's start-up check: every module's
 * {@link org.muni311.autoconfigure.production.ProductionRequirement}s, all reported at
 * once.
 */
package org.muni311.autoconfigure.production;
