package org.muni311.contracts.municipality;

import java.util.List;
import java.util.Objects;

/**
 * A municipality's layer of areas (wards, districts, zones) was imported. Keyed by
 * {@code jurisdictionId:layer} on a compacted topic. The polygons travel compressed: a
 * layer of a large city is megabytes of GeoJSON.
 *
 * @param layer the layer's name, such as {@code wards}
 * @param version increases by one with each import of this layer
 * @param areas the areas, in the order of the geometry's features
 * @param geometry a GeoJSON FeatureCollection, WGS84, each feature's properties
 * {@code id} and {@code name}, coordinates rounded to 7 decimals (about 1 cm),
 * gzip-compressed then Base64-encoded
 */
public record LayerPublished(String layer, long version, List<LayerArea> areas, String geometry) {

	/** Envelope type name. */
	public static final String TYPE = "LayerPublished";

	/** Schema version. */
	public static final int VERSION = 1;

	public LayerPublished {
		Objects.requireNonNull(layer, "layer");
		areas = (areas != null) ? List.copyOf(areas) : List.of();
		Objects.requireNonNull(geometry, "geometry");
	}

	/** The Kafka record key of a layer. */
	public static String keyOf(String jurisdictionId, String layer) {
		return jurisdictionId + ":" + layer;
	}

	/**
	 * @param id unique within the layer; rules refer to it
	 * @param name shown to staff and residents
	 */
	public record LayerArea(String id, String name) {
	}

}
