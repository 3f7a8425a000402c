package org.muni311.municipality.layer;

/**
 * One thing wrong with an upload, said so that a municipal clerk knows what to fix.
 * Messages count features from 1 (as a clerk counts them); {@code feature} counts from 0,
 * for programs.
 *
 * @param feature the feature's 0-based index in the FeatureCollection, or {@code null}
 * when the whole file is meant
 * @param area the area's id when it is known, or {@code null}
 * @param message what is wrong, where, and what to do
 */
public record LayerProblem(Integer feature, String area, String message) {

	static LayerProblem ofFile(String message) {
		return new LayerProblem(null, null, message);
	}

	static LayerProblem ofFeature(int index, String area, String message) {
		return new LayerProblem(index, area, label(index, area) + message);
	}

	/** "Feature 3 (area '104')", the way each message about a feature begins. */
	static String label(int index, String area) {
		return "Feature " + (index + 1) + ((area != null) ? " (area '" + area + "')" : "");
	}

}
