package org.muni311.municipality.layer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muni311.municipality.layer.GeoJson.at;
import static org.muni311.municipality.layer.GeoJson.collection;
import static org.muni311.municipality.layer.GeoJson.feature;
import static org.muni311.municipality.layer.GeoJson.polygon;
import static org.muni311.municipality.layer.GeoJson.rectangle;
import static org.muni311.municipality.layer.GeoJson.upload;
import static org.muni311.municipality.layer.GeoJson.ward;

/** Problems with single features: their geometry, their id and name. */
class LayerFeatureProblemsTest {

	private final LayerImport layerImport = new LayerImport();

	@Test
	void refusesAGeometryThatIsNotAnAreaSayingWhichFeatureAndType() {
		String line = "{\"type\": \"LineString\", \"coordinates\": [" + at(0, 0) + ", " + at(1, 1) + "]}";

		LayerReport report = read(collection(ward("W1", "North", rectangle(0, 0, 1, 1)), ward("W2", "South", line)));

		assertThat(report.errors()).containsExactly(new LayerProblem(1, "W2", "Feature 2 (area 'W2'): its geometry is a"
				+ " LineString, but a layer holds areas: only Polygon and MultiPolygon geometries can be imported."));
	}

	@Test
	void refusesAFeatureWithoutGeometry() {
		LayerReport report = read(collection(ward("W1", "North", "null")));

		assertThat(report.errors()).extracting(LayerProblem::message)
			.containsExactly("Feature 1 (area 'W1') has no geometry: draw its boundary, or remove the feature from the"
					+ " layer.");
	}

	@Test
	void refusesProjectedCoordinatesOncePerFeatureWithAHint() {
		String metres = polygon(
				"[[987654.3, 201234.5], [987754.3, 201234.5], [987754.3, 201334.5], [987654.3, 201234.5]]");

		LayerReport report = read(collection(ward("W1", "North", metres)));

		assertThat(report.errors()).extracting(LayerProblem::message)
			.containsExactly("Feature 1 (area 'W1'): the position [987654.3, 201234.5] is outside WGS84 (longitude"
					+ " -180..180, latitude -90..90). The file is probably in a projected coordinate system (metres):"
					+ " re-project it to WGS84 (EPSG:4326).");
	}

	@Test
	void refusesARingThatIsNotClosed() {
		String open = polygon("[" + at(0, 0) + ", " + at(1, 0) + ", " + at(1, 1) + ", " + at(0, 1) + "]");

		LayerReport report = read(collection(ward("W1", "North", open)));

		assertThat(report.errors()).extracting(LayerProblem::message)
			.containsExactly("Feature 1 (area 'W1'): the outer boundary is not closed: it starts at [10, 50] but ends"
					+ " at [10, 50.001]; its last position must repeat its first.");
	}

	@Test
	void refusesAPositionThatIsNotTwoNumbersSayingWhichRingAndPart() {
		// jts-io-common's reader would take [10.001] as [10.001, 0] and a text as a parse
		// error naming nothing
		String multi = "{\"type\": \"MultiPolygon\", \"coordinates\": [[" + GeoJson.rectangleRing(0, 0, 1, 1) + "], [["
				+ at(2, 0) + ", [10.003], " + at(3, 1) + ", " + at(2, 0) + "]]]}";

		LayerReport report = read(collection(ward("W1", "North", multi)));

		assertThat(report.errors()).extracting(LayerProblem::message)
			.containsExactly("Feature 1 (area 'W1'): position 2 of the outer boundary of part 2 is [10.003], not"
					+ " [longitude, latitude] numbers.");
	}

	@Test
	void acceptsARingThatClosesToSevenDecimals() {
		String almostClosed = polygon("[[10.0, 50.0], [10.001, 50.0], [10.001, 50.001], [10.0, 50.001],"
				+ " [10.00000000004, 49.99999999996]]");

		LayerImportResult result = this.layerImport.read(upload(collection(ward("W1", "North", almostClosed))), "ward",
				"name");

		assertThat(result.report().errors()).isEmpty();
		assertThat(result.accepted()).isTrue();
	}

	@Test
	void refusesAHoleWithFewerThanFourPositions() {
		String shortHole = polygon(GeoJson.rectangleRing(0, 0, 3, 3),
				"[" + at(1, 1) + ", " + at(2, 1) + ", " + at(1, 1) + "]");

		LayerReport report = read(collection(ward("W1", "North", shortHole)));

		assertThat(report.errors()).extracting(LayerProblem::message)
			.containsExactly("Feature 1 (area 'W1'): hole 1 has 3 positions; a ring needs at least 4 (three corners,"
					+ " then the first again to close it).");
	}

	@Test
	void refusesASelfIntersectingBoundarySayingWhere() {
		String bowTie = polygon(
				"[" + at(0, 0) + ", " + at(2, 2) + ", " + at(2, 0) + ", " + at(0, 2) + ", " + at(0, 0) + "]");

		LayerReport report = read(collection(ward("W1", "North", bowTie)));

		assertThat(report.errors()).singleElement()
			.extracting(LayerProblem::message)
			.asString()
			.startsWith("Feature 1 (area 'W1'): its boundary is not a valid polygon near [10.001, 50.001]: ")
			.contains("Self-intersection")
			.contains("Fix Geometries");
	}

	@Test
	void refusesAFeatureWithoutItsIdListingThePropertiesItHas() {
		String noId = feature("{\"code\": \"W2\", \"name\": \"South\"}", rectangle(1, 0, 2, 1));

		LayerReport report = read(collection(ward("W1", "North", rectangle(0, 0, 1, 1)), noId));

		assertThat(report.errors()).containsExactly(new LayerProblem(1, null,
				"Feature 2 has no 'ward' property (the area id). Its properties are: code, name."));
		assertThat(report.areas()).extracting((area) -> area.id()).containsExactly("W1");
	}

	@Test
	void saysOnceWhenNoFeatureHasTheIdProperty() {
		LayerReport report = read(
				collection(ward("W1", "North", rectangle(0, 0, 1, 1)), ward("W2", "South", rectangle(1, 0, 2, 1))),
				"ward_id", "name");

		assertThat(report.errors()).extracting(LayerProblem::message)
			.containsExactly("No feature has the property 'ward_id' that should hold the area id. The first feature's"
					+ " properties are: ward, name. Choose the property that identifies each area.");
	}

	@Test
	void refusesABlankId() {
		LayerReport report = read(
				collection(ward("  ", "North", rectangle(0, 0, 1, 1)), ward("W2", "South", rectangle(1, 0, 2, 1))));

		assertThat(report.errors()).extracting(LayerProblem::message)
			.containsExactly("Feature 1 has a blank 'ward' property: give every area an id, unique within the layer.");
	}

	@Test
	void refusesDuplicateIdsNamingBothFeatures() {
		LayerReport report = read(collection(ward("W1", "North", rectangle(0, 0, 1, 1)),
				ward("W2", "South", rectangle(1, 0, 2, 1)), ward("W1", "East", rectangle(2, 0, 3, 1))));

		assertThat(report.errors()).containsExactly(
				new LayerProblem(2, "W1", "Features 1 and 3 both have the id 'W1': each area needs its own id."));
	}

	@Test
	void warnsOfAMissingNameAndUsesTheId() {
		String unnamed = feature("{\"ward\": 7}", rectangle(1, 0, 2, 1));

		LayerImportResult result = new LayerImport()
			.read(upload(collection(ward("W1", "North", rectangle(0, 0, 1, 1)), unnamed)), "ward", "name");

		assertThat(result.accepted()).isTrue();
		assertThat(result.report().warnings()).extracting(LayerProblem::message)
			.containsExactly("Feature 2 (area '7') has no 'name' property (or it is blank), so its id '7' is used as"
					+ " its name.");
		assertThat(result.areas()).extracting((area) -> area.name()).containsExactly("North", "7");
	}

	@Test
	void listsEveryProblemOfAnUploadAtOnce() {
		String crs = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:3857\"}}, ";
		String json = collection(ward("W1", "North", "null"), ward("W1", "South", rectangle(1, 0, 2, 1)),
				feature("{\"name\": \"East\"}", "{\"type\": \"Point\", \"coordinates\": " + at(0, 0) + "}"),
				ward("W4", "West", polygon("[" + at(0, 0) + ", " + at(1, 0) + ", " + at(0, 0) + "]")))
			.replace("{\"type\": \"FeatureCollection\", ", "{\"type\": \"FeatureCollection\", " + crs);

		LayerReport report = read(json);

		assertThat(report.features()).isEqualTo(4);
		assertThat(report.errors()).extracting(LayerProblem::message)
			.satisfiesExactlyInAnyOrder((message) -> assertThat(message).contains("'EPSG:3857'"),
					(message) -> assertThat(message).startsWith("Feature 1 (area 'W1') has no geometry"),
					(message) -> assertThat(message).startsWith("Feature 3 has no 'ward' property"),
					(message) -> assertThat(message).startsWith("Feature 3: its geometry is a Point"),
					(message) -> assertThat(message).startsWith("Feature 4 (area 'W4'): the outer boundary has 3"),
					(message) -> assertThat(message)
						.isEqualTo("Features 1 and 2 both have the id 'W1': each area" + " needs its own id."));
	}

	@Test
	void listsTheFirstHundredErrorsAndCountsTheRest() {
		String[] features = new String[150];
		for (int i = 0; i < features.length; i++) {
			features[i] = ward("W" + i, "Ward " + i, "null");
		}

		LayerReport report = read(collection(features));

		assertThat(report.errors()).hasSize(101);
		assertThat(report.errors().get(100).message())
			.isEqualTo("… and 50 more errors not listed; fix the ones above and upload again to see the rest.");
	}

	private LayerReport read(String json) {
		return read(json, "ward", "name");
	}

	private LayerReport read(String json, String idProperty, String nameProperty) {
		return this.layerImport.read(upload(json), idProperty, nameProperty).report();
	}

}
