package org.muni311.routing.area;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One area of a municipality's layer, such as a ward, stored as a GeoJSON geometry.
 *
 * @param id {@code tenant:layer:code}
 * @param tenant the municipality
 * @param layer the layer, such as {@code wards}
 * @param code the area's code, such as {@code ward-3}
 * @param name display name
 * @param geometry a GeoJSON Polygon or MultiPolygon, WGS84, [lon, lat] order
 */
@Document("areas")
public record Area(@Id String id, String tenant, String layer, String code, String name, Geometry geometry) {

	/** Wards: the layer requests are routed by. */
	public static final String WARDS = "wards";

	/**
	 * A GeoJSON geometry.
	 *
	 * @param type {@code Polygon} or {@code MultiPolygon}
	 * @param coordinates as GeoJSON nests them
	 */
	public record Geometry(String type, List<Object> coordinates) {
	}

}
