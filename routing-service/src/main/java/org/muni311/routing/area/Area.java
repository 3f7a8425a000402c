package org.muni311.routing.area;

import org.locationtech.jts.geom.Geometry;

/**
 * One area of a municipality's layer, such as a ward.
 *
 * @param layer the layer, such as {@code wards}
 * @param id the area's id within its layer, as routing rules name it
 * @param name display name
 * @param shape its Polygon or MultiPolygon, WGS84, x = longitude
 */
public record Area(String layer, String id, String name, Geometry shape) {
}
