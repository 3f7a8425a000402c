/**
 * The public record of each service request: taking a new one (stored with its events in one write), reading
 * it, and keeping its status current from {@code requests.status-changed}.
 */
package org.muni311.intake.request;
