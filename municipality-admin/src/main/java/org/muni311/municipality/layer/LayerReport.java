package org.muni311.municipality.layer;

import java.util.List;

import org.muni311.contracts.municipality.LayerPublished.LayerArea;

/**
 * What the import found in an upload, shown to the clerk (also on a dry run). Errors stop
 * the import; warnings, overlaps and gaps do not. Each list holds at most 100 entries,
 * the largest overlaps and gaps first; the last error or warning says how many more there
 * were.
 *
 * @param features how many features the FeatureCollection has
 * @param areas the areas read, in the order of the file (features without a usable id are
 * left out)
 * @param errors problems that must be fixed before the layer can be imported
 * @param warnings problems the import works around, such as a missing name
 * @param overlaps areas covering the same ground, larger than 1 m²
 * @param gaps holes in the layer's union, larger than 1 m²
 */
public record LayerReport(int features, List<LayerArea> areas, List<LayerProblem> errors, List<LayerProblem> warnings,
		List<Overlap> overlaps, List<Gap> gaps) {

	public LayerReport {
		areas = List.copyOf(areas);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		overlaps = List.copyOf(overlaps);
		gaps = List.copyOf(gaps);
	}

}
