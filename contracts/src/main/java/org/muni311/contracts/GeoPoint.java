package org.muni311.contracts;

/**
 * A WGS84 position.
 *
 * @param lat latitude in degrees, -90 to 90
 * @param lon longitude in degrees, -180 to 180
 */
public record GeoPoint(double lat, double lon) {
}
