package org.muni311.contracts.municipality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.muni311.contracts.municipality.LayerGeometry.AreaGeometry;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The layer geometry as it travels: what intake encodes, routing decodes, and nothing
 * else in the features.
 */
class LayerGeometryTest {

	private final GeometryFactory factory = new GeometryFactory();

	@Test
	void decodesWhatItEncodedInOrderWithHoles() {
		Polygon withHole = this.factory.createPolygon(this.factory.createLinearRing(ring(10, 50, 10.01, 50.01)),
				new LinearRing[] { this.factory.createLinearRing(ring(10.002, 50.002, 10.004, 50.004)) });
		Geometry multi = this.factory.createMultiPolygon(new Polygon[] { square(11, 50), square(12, 50) });

		byte[] encoded = LayerGeometry.encode(
				List.of(new AreaGeometry("W1", "North \"Ward\"", withHole), new AreaGeometry("W2", "Islands", multi)));
		List<AreaGeometry> decoded = LayerGeometry.decode(Base64.getEncoder().encodeToString(encoded));

		assertThat(decoded).extracting(AreaGeometry::id, AreaGeometry::name)
			.containsExactly(tuple("W1", "North \"Ward\""), tuple("W2", "Islands"));
		assertThat(decoded.get(0).geometry().equalsExact(withHole)).isTrue();
		assertThat(decoded.get(1).geometry().equalsExact(multi)).isTrue();
	}

	@Test
	void writesAFeatureCollectionWithOnlyIdAndNameRoundedToSevenDecimalsWithoutCrsOrAltitude() throws IOException {
		Polygon precise = this.factory.createPolygon(
				new Coordinate[] { new Coordinate(0.000012345678, 50, 12), new Coordinate(10.123456789, 50, 12),
						new Coordinate(10.123456789, 50.987654321, 12), new Coordinate(0.000012345678, 50, 12) });

		String json = gunzip(LayerGeometry.encode(List.of(new AreaGeometry("W1", "North", precise))));

		JsonMapper mapper = JsonMapper.builder().build();
		assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree("""
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				 "properties": {"id": "W1", "name": "North"},
				 "geometry": {"type": "Polygon",
				  "coordinates": [[[1.23E-5, 50], [10.1234568, 50], [10.1234568, 50.9876543], [1.23E-5, 50]]]}}]}"""));
	}

	@Test
	void refusesToEncodeAnAreaThatIsNotAPolygon() {
		Geometry line = this.factory.createLineString(ring(0, 0, 1, 1));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> LayerGeometry.encode(List.of(new AreaGeometry("W1", "North", line))))
			.withMessage("Area 'W1' is a LineString, not a Polygon or MultiPolygon");
	}

	@Test
	void refusesToDecodeWhatIsNotALayer() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LayerGeometry.decode("not gzip".getBytes(StandardCharsets.UTF_8)))
			.withMessage("Not gzip-compressed GeoJSON");
	}

	private Polygon square(double x, double y) {
		return this.factory.createPolygon(ring(x, y, x + 0.5, y + 0.5));
	}

	private static Coordinate[] ring(double x0, double y0, double x1, double y1) {
		return new Coordinate[] { new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
				new Coordinate(x0, y1), new Coordinate(x0, y0) };
	}

	private static String gunzip(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
