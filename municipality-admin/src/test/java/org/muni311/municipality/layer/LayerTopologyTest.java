package org.muni311.municipality.layer;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.municipality.LayerGeometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.muni311.municipality.layer.GeoJson.collection;
import static org.muni311.municipality.layer.GeoJson.rectangle;
import static org.muni311.municipality.layer.GeoJson.rectangleRing;
import static org.muni311.municipality.layer.GeoJson.upload;
import static org.muni311.municipality.layer.GeoJson.ward;

/** Overlaps and gaps are found, measured and located, but do not stop an import. */
class LayerTopologyTest {

	/**
	 * Square metres in a unit square of 0.001° at 50° N, by the same approximation as the
	 * import.
	 */
	private static final double UNIT = 1e-6 * SquareMetres.PER_DEGREE * SquareMetres.PER_DEGREE
			* Math.cos(Math.toRadians(50.0015));

	@Test
	void findsTheOverlapAndTheHoleBetweenThreeAreas() {
		// A along the bottom, B along the top reaching 0.1 down into C, the two columns
		// between them, around a hole
		String columns = "{\"type\": \"MultiPolygon\", \"coordinates\": [[" + rectangleRing(0, 1, 1, 2) + "], ["
				+ rectangleRing(2, 1, 3, 2) + "]]}";
		String json = collection(ward("A", "Bottom", rectangle(0, 0, 3, 1)), ward("B", "Top", rectangle(0, 1.9, 3, 3)),
				ward("C", "Columns", columns));

		LayerImportResult result = new LayerImport().read(upload(json), "ward", "name");

		assertThat(result.accepted()).isTrue();
		assertThat(result.report().warnings()).isEmpty();
		assertThat(result.report().overlaps()).singleElement().satisfies((overlap) -> {
			assertThat(overlap.first()).isEqualTo("B");
			assertThat(overlap.second()).isEqualTo("C");
			assertThat(overlap.squareMetres()).isCloseTo(0.2 * UNIT, within(0.01 * UNIT));
			assertThat(overlap.at()[1]).isBetween(50.0019, 50.002);
		});
		assertThat(result.report().gaps()).singleElement().satisfies((gap) -> {
			assertThat(gap.squareMetres()).isCloseTo(0.9 * UNIT, within(0.01 * UNIT));
			assertThat(gap.at()[0]).isBetween(10.001, 10.002);
			assertThat(gap.at()[1]).isBetween(50.001, 50.0019);
		});
	}

	@Test
	void findsNothingBetweenNeighboursSharingAnEdge() {
		String json = collection(ward("A", "West", rectangle(0, 0, 1, 1)), ward("B", "East", rectangle(1, 0, 2, 1)));

		LayerReport report = new LayerImport().read(upload(json), "ward", "name").report();

		assertThat(report.overlaps()).isEmpty();
		assertThat(report.gaps()).isEmpty();
	}

	@Test
	void ignoresSliversOfASquareMetreOrLess() {
		// B reaches 0.001 units (7 cm) into A along 0.05 units (5.6 m): 0.4 m², where
		// digitisers disagree
		String json = collection(ward("A", "West", rectangle(0, 0, 1, 1)),
				ward("B", "East", rectangle(0.999, 0, 2, 0.05)), ward("C", "Rest", rectangle(1, 0.05, 2, 1)));

		LayerReport report = new LayerImport().read(upload(json), "ward", "name").report();

		assertThat(report.overlaps()).isEmpty();
		assertThat(report.gaps()).isEmpty();
	}

	@Test
	void listsTheHundredLargestOverlapsAndCountsThemAll() {
		String[] features = new String[16];
		for (int i = 0; i < features.length; i++) {
			features[i] = ward("W" + i, "Ward " + i, rectangle(0, 0, 1 + i * 0.1, 1));
		}

		LayerReport report = new LayerImport().read(upload(collection(features)), "ward", "name").report();

		assertThat(report.overlaps()).hasSize(100);
		assertThat(report.overlaps().get(0).squareMetres()).isGreaterThan(report.overlaps().get(99).squareMetres());
		assertThat(report.warnings()).extracting(LayerProblem::message)
			.containsExactly("120 overlaps were found; the 100 largest are listed.");
	}

	@Test
	void measuresSquareMetresWithinAPercentOfTheTrueArea() {
		// a 0.01° square at 50° N is 1111.95 m by 714.7 m on the sphere
		double squareMetres = SquareMetres.of(LayerGeometry
			.decode(new LayerImport().read(upload(collection(ward("A", "A", rectangle(0, 0, 10, 10)))), "ward", "name")
				.encodedGeometry())
			.get(0)
			.geometry());

		assertThat(squareMetres).isCloseTo(1111.95 * 714.7, within(0.01 * 1111.95 * 714.7));
	}

}
