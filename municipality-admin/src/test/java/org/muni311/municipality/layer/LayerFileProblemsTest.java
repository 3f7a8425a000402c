package org.muni311.municipality.layer;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muni311.municipality.layer.GeoJson.collection;
import static org.muni311.municipality.layer.GeoJson.rectangle;
import static org.muni311.municipality.layer.GeoJson.upload;
import static org.muni311.municipality.layer.GeoJson.ward;

/**
 * Problems with an upload as a whole: its size, its JSON, its GeoJSON type, its
 * coordinate reference system.
 */
class LayerFileProblemsTest {

	private final LayerImport layerImport = new LayerImport();

	@Test
	void refusesAnUploadLargerThan50MegabytesWithoutReadingItAll() {
		InputStream endless = new SequenceInputStream(upload("{\"type\": \"FeatureCollection\", \"features\": ["),
				new InputStream() {
					@Override
					public int read() {
						return ' ';
					}
				});

		LayerImportResult result = this.layerImport.read(endless, "ward", "name");

		assertThat(result.accepted()).isFalse();
		assertThat(result.report().errors()).singleElement()
			.extracting(LayerProblem::message)
			.asString()
			.contains("larger than 50 MB")
			.contains("Simplify")
			.contains("split the layer");
	}

	@Test
	void refusesAnUploadPastTheLimitEvenWhenTheJsonEndsBeforeIt() {
		String json = collection(ward("W1", "North", rectangle(0, 0, 1, 1))) + " ".repeat(500);

		LayerImportResult result = new LayerImport(300, LayerImport.MAX_ENCODED_BYTES).read(upload(json), "ward",
				"name");

		assertThat(result.report().errors()).extracting(LayerProblem::message)
			.anySatisfy((message) -> assertThat(message).contains("larger than 300 bytes"));
	}

	@Test
	void saysWhereTheJsonIsBroken() {
		LayerImportResult result = this.layerImport.read(upload("{\"type\": \"FeatureCollection\",\n \"features\": [}"),
				"ward", "name");

		assertThat(result.accepted()).isFalse();
		assertThat(result.report().errors()).singleElement()
			.extracting(LayerProblem::message)
			.asString()
			.startsWith("The file is not valid JSON near line 2")
			.contains("exported as GeoJSON");
	}

	@Test
	void saysAnEmptyFileIsEmpty() {
		assertThat(this.layerImport.read(upload(""), "ward", "name").report().errors())
			.extracting(LayerProblem::message)
			.containsExactly("The file is empty: upload the layer exported as GeoJSON.");
	}

	@Test
	void namesTheGeoJsonTypeFoundInsteadOfAFeatureCollection() {
		String single = ward("W1", "North", rectangle(0, 0, 1, 1));

		LayerImportResult result = this.layerImport.read(upload(single), "ward", "name");

		assertThat(result.report().errors()).extracting(LayerProblem::message)
			.containsExactly("The file is JSON but not a GeoJSON FeatureCollection: its type is 'Feature'. Export the"
					+ " whole layer from your GIS as GeoJSON (a FeatureCollection of areas).");
	}

	@Test
	void saysAJsonListIsNotAFeatureCollection() {
		assertThat(this.layerImport.read(upload("[1, 2]"), "ward", "name").report().errors())
			.extracting(LayerProblem::message)
			.singleElement()
			.asString()
			.contains("not a GeoJSON FeatureCollection: it is a list, not an object");
	}

	@Test
	void refusesAFeatureCollectionWithoutFeatures() {
		LayerImportResult result = this.layerImport.read(upload(collection()), "ward", "name");

		assertThat(result.report().errors()).extracting(LayerProblem::message)
			.containsExactly("The FeatureCollection has no features: export the layer with its areas.");
		assertThat(result.report().features()).isZero();
	}

	@Test
	void refusesAProjectedCoordinateReferenceSystemNamingIt() {
		String json = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\":"
				+ " \"urn:ogc:def:crs:EPSG::2263\"}}, \"features\": [" + ward("W1", "North", rectangle(0, 0, 1, 1))
				+ "]}";

		LayerImportResult result = this.layerImport.read(upload(json), "ward", "name");

		assertThat(result.accepted()).isFalse();
		assertThat(result.report().errors()).extracting(LayerProblem::message)
			.singleElement()
			.asString()
			.contains("'urn:ogc:def:crs:EPSG::2263'")
			.contains("re-project to WGS84 (EPSG:4326) and remove the crs member");
	}

	@ParameterizedTest
	@ValueSource(strings = { "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326" })
	void acceptsTheNamesOfWgs84(String crs) {
		String json = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \""
				+ crs + "\"}}, \"features\": [" + ward("W1", "North", rectangle(0, 0, 1, 1)) + "]}";

		assertThat(this.layerImport.read(upload(json), "ward", "name").report().errors()).isEmpty();
	}

	@Test
	void asksWhichPropertyHoldsTheIdWhenNoneIsGiven() {
		LayerImportResult result = this.layerImport.read(upload(collection(ward("W1", "North", rectangle(0, 0, 1, 1)))),
				" ", "name");

		assertThat(result.report().errors()).extracting(LayerProblem::message)
			.containsExactly("Say which feature property holds each area's id (id_property), such as 'ward_id'.");
	}

	@Test
	void leavesTheBodyOpenForTheCallerToClose() {
		boolean[] closed = { false };
		InputStream body = new FilterInputStream(upload(collection(ward("W1", "N", rectangle(0, 0, 1, 1))))) {
			@Override
			public void close() {
				closed[0] = true;
			}
		};

		this.layerImport.read(body, "ward", "name");

		assertThat(closed[0]).isFalse();
	}

}
