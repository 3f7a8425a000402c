package org.muni311.routing.area;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AreaIndexTest {

	private static Area box(String code, double south, double west, double north, double east) {
		List<Object> ring = List.of(List.of(west, south), List.of(east, south), List.of(east, north),
				List.of(west, north), List.of(west, south));
		return new Area("demo:wards:" + code, "demo", Area.WARDS, code, code,
				new Area.Geometry("Polygon", List.of(ring)));
	}

	private final AreaIndex index = new AreaIndex(List.of(box("ward-1", 43.60, -79.50, 43.66, -79.40),
			box("ward-2", 43.60, -79.40, 43.66, -79.30), box("ward-3", 43.66, -79.50, 43.70, -79.30)));

	@Test
	void findsTheWardContainingAPoint() {
		assertThat(this.index.locate(43.65, -79.45)).map(Area::code).contains("ward-1");
		assertThat(this.index.locate(43.68, -79.35)).map(Area::code).contains("ward-3");
	}

	@Test
	void givesASharedBoundaryToTheFirstListedWard() {
		assertThat(this.index.locate(43.65, -79.40)).map(Area::code).contains("ward-1");
	}

	@Test
	void findsNoWardOutsideTheMunicipality() {
		assertThat(this.index.locate(45.50, -73.57)).isEmpty();
	}

	@Test
	void refusesAGeometryThatIsNotAPolygon() {
		Area line = new Area("x", "demo", Area.WARDS, "x", "x", new Area.Geometry("LineString", List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new AreaIndex(List.of(line)))
			.withMessageContaining("LineString");
	}

}
