package org.muni311.municipality.layer;

import org.locationtech.jts.geom.Geometry;

/**
 * One area of a layer with its boundary, as {@link LayerGeometry} encodes and decodes it.
 *
 * @param id the area's id, unique within the layer
 * @param name the area's name
 * @param geometry a Polygon or MultiPolygon in WGS84 longitude/latitude
 */
public record AreaGeometry(String id, String name, Geometry geometry) {
}
