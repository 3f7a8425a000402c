/**
 * Areas (wards, districts) as polygons, and the point-in-polygon lookup over them. The
 * lookup runs in memory over a JTS spatial index, not in the database, so it needs no geo
 * query support from the store.
 */
package org.muni311.routing.area;
