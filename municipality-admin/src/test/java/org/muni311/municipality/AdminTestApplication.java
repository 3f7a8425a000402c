package org.muni311.municipality;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The clerk's room as a service deploys it, for this library's tests: the same component
 * scan {@link MunicipalityAdministration} brings, with the platform's shared wiring
 * (service-autoconfigure).
 */
@SpringBootApplication
class AdminTestApplication {

}
