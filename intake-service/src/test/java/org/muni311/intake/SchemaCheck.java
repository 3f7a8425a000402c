package org.muni311.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The GeoReport v2 JSON schemas of {@code ../shared/data/open311/georeport-v2-schema/}
 * (draft 4, with relative {@code $ref}s between files), when that folder exists.
 */
final class SchemaCheck {

	static final Path FOLDER = locate();

	// loading is off by default: allow the schema files on disk only, and nothing from
	// the network
	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
			(registry) -> registry.schemaLoader(
					(loader) -> loader.fetchRemoteResources().allow((iri) -> iri.toString().startsWith("file:"))));

	private SchemaCheck() {
	}

	static boolean available() {
		return FOLDER != null;
	}

	/**
	 * The problems of {@code json} against schema file {@code schema}, such as
	 * {@code services.json}.
	 */
	static List<Error> problems(String schema, String json) {
		return REGISTRY.getSchema(SchemaLocation.of(FOLDER.resolve(schema).toUri().toString()))
			.validate(json, InputFormat.JSON);
	}

	private static Path locate() {
		String configured = System.getProperty("open311.schemas");
		for (Path candidate : List.of(Path.of((configured != null) ? configured : "none"),
				Path.of("../../shared/data/open311/georeport-v2-schema"),
				Path.of("../shared/data/open311/georeport-v2-schema"))) {
			if (Files.isDirectory(candidate)) {
				return candidate.toAbsolutePath().normalize();
			}
		}
		return null;
	}

}
