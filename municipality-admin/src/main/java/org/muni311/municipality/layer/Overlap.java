package org.muni311.municipality.layer;

/**
 * Two areas of a layer cover the same ground. A warning, not an error: real boundary
 * files have slivers where neighbours were digitised separately.
 *
 * @param first the id of the area listed first in the file
 * @param second the id of the other area
 * @param squareMetres the approximate size of the shared ground
 * @param at {@code [longitude, latitude]} of a point inside it, to find it on a map
 */
public record Overlap(String first, String second, double squareMetres, double[] at) {
}
