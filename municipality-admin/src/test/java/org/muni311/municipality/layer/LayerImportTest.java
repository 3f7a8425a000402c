package org.muni311.municipality.layer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.muni311.contracts.municipality.LayerGeometry;
import org.muni311.contracts.municipality.LayerGeometry.AreaGeometry;
import org.muni311.contracts.municipality.LayerPublished.LayerArea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.muni311.municipality.layer.GeoJson.collection;
import static org.muni311.municipality.layer.GeoJson.rectangle;
import static org.muni311.municipality.layer.GeoJson.upload;
import static org.muni311.municipality.layer.GeoJson.ward;

/**
 * A good layer is accepted, normalized and encoded so that it decodes back to the same
 * areas.
 */
class LayerImportTest {

	private static final String TWO_WARDS = collection(ward("W1", "North", rectangle(0, 0, 1, 1)),
			ward("W2", "South", "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[10.00100004, 50.0], [10.002, 50.0],"
					+ " [10.002, 50.001], [10.00100004, 50.001], [10.00100004, 50.0]]]]}"));

	@Test
	void acceptsAValidTwoWardLayerListingItsAreasInOrder() {
		LayerImportResult result = new LayerImport().read(upload(TWO_WARDS), "ward", "name");

		assertThat(result.accepted()).isTrue();
		assertThat(result.report().errors()).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
		assertThat(result.report().features()).isEqualTo(2);
		assertThat(result.areas()).containsExactly(new LayerArea("W1", "North"), new LayerArea("W2", "South"));
		assertThat(result.report().areas()).isEqualTo(result.areas());
		assertThat(result.report().overlaps()).isEmpty();
		assertThat(result.report().gaps()).isEmpty();
	}

	@Test
	void givesTheBoxAroundEveryAreaWhereTheMunicipalitysMapOpens() {
		LayerImportResult result = new LayerImport().read(upload(TWO_WARDS), "ward", "name");

		Bounds box = result.bounds();
		assertThat(new double[] { box.south(), box.west(), box.north(), box.east() })
			.containsExactly(new double[] { 50.0, 10.0, 50.001, 10.002 }, within(1e-9));
		Bounds around = Bounds.around(List.of(box, new Bounds(-5, 20, 1, 30))).orElseThrow();
		assertThat(new double[] { around.south(), around.west(), around.north(), around.east() })
			.containsExactly(new double[] { -5, 10.0, 50.001, 30 }, within(1e-9));
	}

	@Test
	void encodesAFeatureCollectionWithOnlyIdAndNameThatDecodesToTheSameAreas() throws Exception {
		LayerImportResult result = new LayerImport().read(upload(TWO_WARDS), "ward", "name");

		String json = new String(new GZIPInputStream(new ByteArrayInputStream(result.encodedGeometry())).readAllBytes(),
				StandardCharsets.UTF_8);
		List<AreaGeometry> decoded = LayerGeometry.decode(Base64.getEncoder().encodeToString(result.encodedGeometry()));

		assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
				+ "\"properties\":{\"id\":\"W1\",\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\"");
		assertThat(decoded).extracting(AreaGeometry::id, AreaGeometry::name)
			.containsExactly(tuple("W1", "North"), tuple("W2", "South"));
		assertThat(decoded.get(0).geometry().getGeometryType()).isEqualTo("Polygon");
		assertThat(decoded.get(1).geometry().getGeometryType()).isEqualTo("MultiPolygon");
		assertThat(decoded.get(0).geometry().getEnvelopeInternal().getMinX()).isEqualTo(10.0);
		assertThat(decoded.get(0).geometry().getEnvelopeInternal().getMaxY()).isEqualTo(50.001);
	}

	@Test
	void roundsCoordinatesTo7Decimals() {
		LayerImportResult result = new LayerImport().read(upload(TWO_WARDS), "ward", "name");

		Coordinate corner = LayerGeometry.decode(result.encodedGeometry()).get(1).geometry().getCoordinates()[0];

		assertThat(corner.x).isEqualTo(10.001);
		assertThat(corner.y).isEqualTo(50.0);
	}

	@Test
	void refusesALayerLargerThanTheEncodedLimitAskingToSimplifyOrSplit() {
		LayerImportResult result = new LayerImport(LayerImport.MAX_UPLOAD_BYTES, 100).read(upload(TWO_WARDS), "ward",
				"name");

		assertThat(result.accepted()).isFalse();
		assertThat(result.encodedGeometry()).isEmpty();
		assertThat(result.areas()).isEmpty();
		assertThat(result.report().errors()).extracting(LayerProblem::message)
			.singleElement()
			.asString()
			.matches("The layer is \\d+ bytes even compressed, more than the 100 bytes a layer may have\\..*")
			.contains("Simplify the boundaries")
			.contains("split the layer");
	}

	@Test
	void namesAreasByTheirIdsWhenNoNamePropertyIsGiven() {
		LayerImportResult result = new LayerImport().read(upload(TWO_WARDS), "ward", null);

		assertThat(result.areas()).containsExactly(new LayerArea("W1", "W1"), new LayerArea("W2", "W2"));
		assertThat(result.report().warnings()).isEmpty();
	}

	@Test
	void keepsNumericIdsAsWrittenWithoutADecimalPoint() {
		String json = collection(GeoJson.feature("{\"BoroCD\": 311, \"name\": \"Brooklyn 11\"}", rectangle(0, 0, 1, 1)),
				GeoJson.feature("{\"BoroCD\": 312.0, \"name\": \"Brooklyn 12\"}", rectangle(1, 0, 2, 1)));

		LayerImportResult result = new LayerImport().read(upload(json), "BoroCD", "name");

		assertThat(result.areas()).extracting(LayerArea::id).containsExactly("311", "312");
	}

}
