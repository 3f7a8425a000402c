package org.muni311.municipality.layer;

/**
 * Ground enclosed by the layer's areas that no area covers: a request there would match
 * no area of the layer. A warning, not an error: real boundary files have slivers, and
 * some holes (a lake, another town) are meant.
 *
 * @param squareMetres the approximate size of the hole
 * @param at {@code [longitude, latitude]} of a point inside it, to find it on a map
 */
public record Gap(double squareMetres, double[] at) {
}
