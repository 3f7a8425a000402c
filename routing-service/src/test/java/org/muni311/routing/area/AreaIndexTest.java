package org.muni311.routing.area;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;

class AreaIndexTest {

	private static Area area(String id, String wkt) {
		try {
			return new Area("wards", id, id, new WKTReader().read(wkt));
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static Area box(String id, double south, double west, double north, double east) {
		return area(id, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(west, south, east, south, east, north,
				west, north, west, south));
	}

	private final AreaIndex index = new AreaIndex(List.of(box("ward-1", 43.60, -79.50, 43.66, -79.40),
			box("ward-2", 43.60, -79.40, 43.66, -79.30), box("ward-3", 43.66, -79.50, 43.70, -79.30)));

	@Test
	void findsTheWardContainingAPoint() {
		assertThat(this.index.locate(43.65, -79.45)).map(Area::id).contains("ward-1");
		assertThat(this.index.locate(43.68, -79.35)).map(Area::id).contains("ward-3");
	}

	@Test
	void givesASharedBoundaryToTheFirstListedWard() {
		assertThat(this.index.locate(43.65, -79.40)).map(Area::id).contains("ward-1");
		AreaIndex reversed = new AreaIndex(
				List.of(box("ward-2", 43.60, -79.40, 43.66, -79.30), box("ward-1", 43.60, -79.50, 43.66, -79.40)));
		assertThat(reversed.locate(43.65, -79.40)).map(Area::id).contains("ward-2");
	}

	@Test
	void findsNoWardOutsideTheMunicipality() {
		assertThat(this.index.locate(45.50, -73.57)).isEmpty();
	}

	@Test
	void leavesAHoleOutOfItsPolygonAndFindsEveryPartOfAMultiPolygon() {
		AreaIndex islands = new AreaIndex(List.of(
				area("lake-ward", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))"),
				area("islands", "MULTIPOLYGON (((20 0, 21 0, 21 1, 20 1, 20 0)), ((30 0, 31 0, 31 1, 30 1, 30 0)))")));
		assertThat(islands.locate(2, 2)).map(Area::id).contains("lake-ward");
		assertThat(islands.locate(5, 5)).isEmpty();
		assertThat(islands.locate(0.5, 30.5)).map(Area::id).contains("islands");
		assertThat(islands.locate(0.5, 20.5)).map(Area::id).contains("islands");
	}

}
