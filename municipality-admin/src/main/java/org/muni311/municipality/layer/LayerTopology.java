package org.muni311.municipality.layer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.muni311.contracts.municipality.LayerGeometry.AreaGeometry;

/**
 * Finds where a layer's areas overlap and where they leave holes. A request placed in an
 * overlap matches two areas and one in a gap matches none, so the clerk should see both;
 * but boundary files digitised by hand have slivers along every shared edge, so only
 * findings larger than {@link #MIN_SQUARE_METRES} count.
 */
final class LayerTopology {

	/** Smaller overlaps and holes are noise from digitising and rounding. */
	static final double MIN_SQUARE_METRES = 1;

	private LayerTopology() {
	}

	/**
	 * The first {@value Findings#LIMIT} of something found, largest first, and how many
	 * there were.
	 *
	 * @param failed ids of areas a computation failed on, for a warning (the areas are
	 * valid, so this is rare)
	 */
	record Found<T>(List<T> listed, int count, List<String> failed) {
	}

	/**
	 * Overlaps between pairs of areas, each pair once, found through an index of their
	 * envelopes.
	 */
	static Found<Overlap> overlaps(List<AreaGeometry> areas) {
		STRtree index = new STRtree();
		for (int i = 0; i < areas.size(); i++) {
			index.insert(areas.get(i).geometry().getEnvelopeInternal(), i);
		}
		List<Overlap> found = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (int i = 0; i < areas.size(); i++) {
			AreaGeometry first = areas.get(i);
			for (Object candidate : index.query(first.geometry().getEnvelopeInternal())) {
				int j = (Integer) candidate;
				if (j <= i) {
					continue;
				}
				AreaGeometry second = areas.get(j);
				try {
					Geometry shared = OverlayNGRobust.overlay(first.geometry(), second.geometry(),
							OverlayNG.INTERSECTION);
					double squareMetres = SquareMetres.of(shared);
					if (squareMetres > MIN_SQUARE_METRES) {
						found.add(new Overlap(first.id(), second.id(), squareMetres, SquareMetres.pointInside(shared)));
					}
				}
				catch (RuntimeException ex) {
					failed.add(first.id() + " / " + second.id());
				}
			}
		}
		return largestFirst(found, Overlap::squareMetres, failed);
	}

	/**
	 * The holes in the union of all areas: ground enclosed by the layer that no area
	 * covers.
	 */
	static Found<Gap> gaps(List<AreaGeometry> areas) {
		List<Geometry> geometries = areas.stream().map(AreaGeometry::geometry).toList();
		Geometry union;
		try {
			union = OverlayNGRobust.union(geometries);
		}
		catch (RuntimeException ex) {
			return new Found<>(List.of(), 0, List.of("the union of all areas"));
		}
		List<Gap> found = new ArrayList<>();
		for (int i = 0; i < union.getNumGeometries(); i++) {
			if (union.getGeometryN(i) instanceof Polygon polygon) {
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					LinearRing ring = polygon.getInteriorRingN(h);
					Polygon hole = union.getFactory().createPolygon(ring);
					double squareMetres = SquareMetres.of(hole);
					if (squareMetres > MIN_SQUARE_METRES) {
						found.add(new Gap(squareMetres, SquareMetres.pointInside(hole)));
					}
				}
			}
		}
		return largestFirst(found, Gap::squareMetres, List.of());
	}

	private static <T> Found<T> largestFirst(List<T> found, ToDoubleFunction<T> size, List<String> failed) {
		found.sort(Comparator.comparingDouble(size).reversed());
		return new Found<>(List.copyOf(found.subList(0, Math.min(found.size(), Findings.LIMIT))), found.size(), failed);
	}

}
