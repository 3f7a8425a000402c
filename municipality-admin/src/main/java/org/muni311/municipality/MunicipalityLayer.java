package org.muni311.municipality;

import java.time.Instant;
import java.util.List;

import org.muni311.autoconfigure.outbox.OutboxDocument;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.contracts.municipality.LayerPublished.LayerArea;
import org.muni311.municipality.layer.Bounds;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One layer of a municipality's areas as last imported. The polygons are kept compressed
 * (a gzip GeoJSON FeatureCollection, as {@code LayerPublished} carries them) so a layer
 * of a large city stays far below MongoDB's 16 MB document limit together with its
 * pending event (at most 4 MB compressed, 5.4 MB as the event's Base64; {@code Layers}
 * refuses a layer whose document would pass {@code Layers#MAX_DOCUMENT_BYTES}).
 *
 * @param id {@code jurisdictionId:layer}
 * @param jurisdictionId the municipality
 * @param layer the layer's name
 * @param version 1 for the first import
 * @param areas the areas' ids and names, in order
 * @param geometry gzip of the normalized GeoJSON FeatureCollection
 * @param bounds the box around the areas, or {@code null} (imported before it was kept)
 * @param updatedAt when imported
 * @param updatedBy who imported it
 * @param outbox the {@code LayerPublished} event not yet published
 */
@Document(MunicipalityLayer.COLLECTION)
public record MunicipalityLayer(@Id String id, String jurisdictionId, String layer, long version, List<LayerArea> areas,
		byte[] geometry, Bounds bounds, Instant updatedAt, String updatedBy,
		List<OutboxEvent> outbox) implements OutboxDocument {

	/** The collection. */
	public static final String COLLECTION = "municipality_layers";

	public MunicipalityLayer {
		areas = (areas != null) ? List.copyOf(areas) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	/** Whether an area with {@code id} is in this layer. */
	public boolean hasArea(String id) {
		return this.areas.stream().anyMatch((area) -> area.id().equals(id));
	}

}
