/**
 * The clerk's room: the municipalities this deployment serves, each one's configuration
 * (catalogue, departments, crews, rules), its layers of areas and its Open311 API keys,
 * changed through the admin API, checked as a whole, stored here and published on the
 * compacted municipality topics for the other services. The request side reads them only
 * through {@link org.muni311.municipality.Municipalities};
 * {@link org.muni311.municipality.MunicipalityAdministration} is what a service imports
 * to deploy this room.
 */
package org.muni311.municipality;
