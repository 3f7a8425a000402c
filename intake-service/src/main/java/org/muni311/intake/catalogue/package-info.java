/** The municipalities this deployment serves, their API keys and their service catalogues. */
package org.muni311.intake.catalogue;
