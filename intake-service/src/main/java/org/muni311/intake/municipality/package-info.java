/**
 * The municipalities this deployment serves: each one's configuration (catalogue, departments, crews, rules),
 * its layers of areas and its Open311 API keys, changed through the admin API, checked as a whole, stored here
 * and published on the compacted municipality topics for the other services.
 */
package org.muni311.intake.municipality;
