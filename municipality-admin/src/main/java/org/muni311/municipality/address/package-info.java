/**
 * A municipality's address points: imported from its own file, they place a request given
 * by its civic address alone, with a forgiving match ({@link CivicAddress}).
 */
package org.muni311.municipality.address;
