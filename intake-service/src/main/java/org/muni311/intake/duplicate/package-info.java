/**
 * Possible duplicates and "me too": open requests of the same service near a point and
 * recent enough, found through geohash cells keyed by {@code _id} (no geo query, so the
 * same on MongoDB and mongo-java-server), and following an existing request instead of
 * filing another.
 */
package org.muni311.intake.duplicate;
