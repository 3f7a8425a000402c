package org.muni311.municipality.layer;

import java.util.List;

import org.muni311.contracts.municipality.LayerPublished.LayerArea;

/**
 * The outcome of reading one upload: the report for the clerk and, when it has no errors,
 * what to publish.
 *
 * @param report everything found, shown to the clerk
 * @param areas the areas to publish, in the order of the encoded features; empty unless
 * accepted
 * @param encodedGeometry the normalized GeoJSON FeatureCollection, gzip-compressed (not
 * yet Base64-encoded, see
 * {@link org.muni311.contracts.municipality.LayerPublished#geometry()}); empty unless
 * accepted
 * @param bounds the box around the areas; {@code null} unless accepted
 */
public record LayerImportResult(LayerReport report, List<LayerArea> areas, byte[] encodedGeometry, Bounds bounds) {

	public LayerImportResult {
		areas = List.copyOf(areas);
	}

	/**
	 * Whether the layer can be published: the report has no errors (warnings allowed).
	 */
	public boolean accepted() {
		return this.report.errors().isEmpty();
	}

}
