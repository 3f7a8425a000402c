package org.muni311.routing.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable spatial index over one layer's areas: an STR-tree of bounding boxes, then an exact test against
 * prepared polygons. Where areas overlap, the first listed wins.
 */
public final class AreaIndex {

	private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

	private final STRtree tree = new STRtree();

	private final List<Area> areas;

	/** Indexes {@code areas}; throws {@link IllegalArgumentException} for a malformed geometry. */
	public AreaIndex(List<Area> areas) {
		this.areas = List.copyOf(areas);
		for (int i = 0; i < this.areas.size(); i++) {
			Geometry shape = toJts(this.areas.get(i).geometry());
			this.tree.insert(shape.getEnvelopeInternal(), new Entry(i, PreparedGeometryFactory.prepare(shape)));
		}
		this.tree.build();
	}

	/** The area containing the point (on its boundary counts), if any. */
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

	static Geometry toJts(Area.Geometry geometry) {
		if (geometry == null || geometry.coordinates() == null) {
			throw new IllegalArgumentException("An area has no geometry");
		}
		return switch (geometry.type()) {
			case "Polygon" -> polygon(geometry.coordinates());
			case "MultiPolygon" -> GEOMETRY.createMultiPolygon(geometry.coordinates()
				.stream()
				.map((rings) -> polygon(asList(rings)))
				.toArray(Polygon[]::new));
			default -> throw new IllegalArgumentException(
					"Areas must be Polygon or MultiPolygon, not " + geometry.type());
		};
	}

	private static Polygon polygon(List<Object> rings) {
		if (rings.isEmpty()) {
			throw new IllegalArgumentException("A polygon needs at least its outer ring");
		}
		LinearRing shell = ring(asList(rings.get(0)));
		LinearRing[] holes = rings.subList(1, rings.size())
			.stream()
			.map((hole) -> ring(asList(hole)))
			.toArray(LinearRing[]::new);
		return GEOMETRY.createPolygon(shell, holes);
	}

	private static LinearRing ring(List<Object> positions) {
		List<Coordinate> coordinates = new ArrayList<>();
		for (Object position : positions) {
			List<Object> lonLat = asList(position);
			coordinates.add(new Coordinate(number(lonLat.get(0)), number(lonLat.get(1))));
		}
		return GEOMETRY.createLinearRing(coordinates.toArray(Coordinate[]::new));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> asList(Object value) {
		if (value instanceof List<?> list) {
			return (List<Object>) list;
		}
		throw new IllegalArgumentException("Expected a GeoJSON array, found " + value);
	}

	private static double number(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		throw new IllegalArgumentException("Expected a coordinate number, found " + value);
	}

	private record Entry(int position, PreparedGeometry shape) {
	}

}
