package org.muni311.municipality.layer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.municipality.LayerGeometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports New York City's boroughs and community districts (NYC Open Data), the shared
 * sample data found beside the repository. Maven runs tests in the module's directory,
 * hence two levels up.
 */
class LayerRealDataTest {

	private static final Path NYC = Path.of("../../shared/data/nyc");

	@BeforeAll
	static void needsTheSharedNycData() {
		assumeTrue(Files.isDirectory(NYC), "Skipped: the NYC sample layers are not at " + NYC.toAbsolutePath()
				+ " (a checkout beside /work/shared has them; CI does not)");
	}

	@Test
	void importsTheFiveBoroughsWithoutErrors() throws IOException {
		LayerImportResult result = read("boroughs.geojson", "BoroCode", "BoroName");

		assertThat(result.report().errors()).isEmpty();
		assertThat(result.areas()).hasSize(5)
			.extracting((area) -> area.name())
			.contains("Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island");
		assertThat(LayerGeometry.decode(result.encodedGeometry())).hasSize(5);
	}

	@Test
	void importsThe71CommunityDistricts() throws IOException {
		LayerImportResult result = read("community_districts.geojson", "BoroCD", null);

		assertThat(result.report().errors()).isEmpty();
		assertThat(result.report().features()).isEqualTo(71);
		assertThat(result.areas()).hasSize(71).extracting((area) -> area.id()).contains("101", "311", "595");
		assertThat(result.encodedGeometry().length).isLessThan(LayerImport.MAX_ENCODED_BYTES);
	}

	private static LayerImportResult read(String file, String idProperty, String nameProperty) throws IOException {
		try (InputStream body = Files.newInputStream(NYC.resolve(file))) {
			return new LayerImport().read(body, idProperty, nameProperty);
		}
	}

}
