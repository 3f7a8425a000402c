package org.muni311.routing.area;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable spatial index over one layer's areas: an STR-tree of bounding boxes, then
 * an exact test against prepared polygons (holes and multipolygons included). A point on
 * a border shared by two areas, or inside two overlapping areas, belongs to the one
 * listed first in the layer: the rule is the same on every instance and for every import,
 * so a request on a boundary street always goes the same way.
 */
public final class AreaIndex {

	private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

	private final STRtree tree = new STRtree();

	private final List<Area> areas;

	/** Indexes {@code areas}, in their layer's order. */
	public AreaIndex(List<Area> areas) {
		this.areas = List.copyOf(areas);
		for (int i = 0; i < this.areas.size(); i++) {
			Geometry shape = this.areas.get(i).shape();
			this.tree.insert(shape.getEnvelopeInternal(), new Entry(i, PreparedGeometryFactory.prepare(shape)));
		}
		this.tree.build();
	}

	/** The first listed area containing the point (its boundary counts), if any. */
	public Optional<Area> locate(double lat, double lon) {
		Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
		@SuppressWarnings("unchecked")
		List<Entry> candidates = this.tree.query(point.getEnvelopeInternal());
		return candidates.stream()
			.filter((entry) -> entry.shape().covers(point))
			.mapToInt(Entry::position)
			.min()
			.stream()
			.mapToObj(this.areas::get)
			.findFirst();
	}

	/** How many areas are indexed. */
	public int size() {
		return this.areas.size();
	}

	private record Entry(int position, PreparedGeometry shape) {
	}

}
