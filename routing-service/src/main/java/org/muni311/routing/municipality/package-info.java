/**
 * Routing's view of the municipalities, built from the compacted municipality topics:
 * each one's configuration (departments, crews, rules) and its layers as spatial indexes,
 * swapped in whole when a new version arrives.
 */
package org.muni311.routing.municipality;
