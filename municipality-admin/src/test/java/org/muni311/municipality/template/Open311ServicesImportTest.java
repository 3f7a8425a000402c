package org.muni311.municipality.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.contracts.municipality.ServiceDefinition.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Importing another system's Open311 catalogue: what is kept, what is guessed with a
 * warning, what stops it.
 */
class Open311ServicesImportTest {

	/** Shared test data, beside the repository on the developers' machines and in CI. */
	private static final Path OPEN311_DATA = Path.of("../../shared/data/open311");

	private final Open311ServicesImport open311 = new Open311ServicesImport();

	@Test
	void importsBloomingtonsFortySixServicesInSevenGroups() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(OPEN311_DATA), "the shared Open311 data is not beside the repository");
		String servicesJson = Files.readString(OPEN311_DATA.resolve("services_bloomington_in.json"));

		ImportedCatalogue imported = this.open311.read(servicesJson, Map.of(), "en");

		assertThat(imported.services()).hasSize(46);
		assertThat(imported.groups()).extracting(ServiceGroup::code)
			.containsExactly("most-popular", "cleanup-sanitation", "streets-parking-traffic", "parks-recreation",
					"hazards", "water-sewage-utility", "miscellaneous");
		assertThat(imported.groups().get(2).name()).containsExactly(Map.entry("en", "Streets, Parking & Traffic"));
		ServiceDefinition potholes = imported.services().get(2);
		assertThat(potholes.code()).isEqualTo("4e090d24992b941e78000019");
		assertThat(potholes.name()).containsExactly(Map.entry("en", "Potholes, Other Street Repair"));
		assertThat(potholes.group()).isEqualTo("most-popular");
		assertThat(potholes.type()).isEqualTo("realtime");
		assertThat(imported.warnings()).as("services with metadata: true whose definitions were not given")
			.hasSize(11)
			.allMatch((warning) -> warning.endsWith("its questions were not imported"));
	}

	@Test
	void putsTheSourceTextsUnderItsLanguageAndSplitsKeywords() {
		ImportedCatalogue imported = this.open311.read("""
				[{"service_code": "nid", "service_name": "Nid-de-poule", "description": "Un trou dans la chaussée",
				  "metadata": false, "type": "realtime", "keywords": "trou, chaussée,, route ", "group": "Voirie"}]
				""", Map.of(), "fr");

		ServiceDefinition service = imported.services().get(0);
		assertThat(service.name()).containsExactly(Map.entry("fr", "Nid-de-poule"));
		assertThat(service.description()).containsExactly(Map.entry("fr", "Un trou dans la chaussée"));
		assertThat(service.keywords()).containsExactly("trou", "chaussée", "route");
		assertThat(service.expectedResponseHours()).isNull();
		assertThat(imported.groups()).containsExactly(new ServiceGroup("voirie", Map.of("fr", "Voirie")));
		assertThat(imported.warnings()).isEmpty();
	}

	@Test
	void derivesOneStableCodePerGroupNameEvenWhenSlugsCollide() {
		ImportedCatalogue imported = this.open311.read("""
				[{"service_code": "a", "service_name": "A", "group": "Propreté & Déchets"},
				 {"service_code": "b", "service_name": "B", "group": "Parks"},
				 {"service_code": "c", "service_name": "C", "group": "PARKS!"},
				 {"service_code": "d", "service_name": "D", "group": "Parks"},
				 {"service_code": "e", "service_name": "E"}]
				""", Map.of(), "en");

		assertThat(imported.groups()).extracting(ServiceGroup::code)
			.containsExactly("proprete-dechets", "parks", "parks-2");
		assertThat(imported.services()).extracting(ServiceDefinition::group)
			.containsExactly("proprete-dechets", "parks", "parks-2", "parks", null);
	}

	@Test
	void importsTheQuestionsOfAGivenDefinition() {
		String definition = """
				{"service_code": "pothole", "attributes": [
				  {"variable": true, "code": "SIZE", "datatype": "singlevaluelist", "required": true, "order": 2,
				   "description": "How big?", "datatype_description": "Pick one",
				   "values": [{"key": "S", "name": "Small"}, {"key": "L", "name": "Large"}]},
				  {"variable": false, "code": "NOTE", "datatype": "string", "required": false,
				   "description": "Call 911 if dangerous"}]}
				""";

		ImportedCatalogue imported = this.open311.read("""
				[{"service_code": "pothole", "service_name": "Pothole", "metadata": true, "type": "realtime"}]
				""", Map.of("pothole", definition), "en");

		assertThat(imported.services().get(0).attributes()).containsExactly(
				new Attribute("SIZE", "singlevaluelist", true, true, 2, Map.of("en", "How big?"),
						Map.of("en", "Pick one"),
						List.of(new AttributeValue("S", Map.of("en", "Small")),
								new AttributeValue("L", Map.of("en", "Large")))),
				new Attribute("NOTE", "string", false, false, 2, Map.of("en", "Call 911 if dangerous"), Map.of(),
						List.of()));
		assertThat(imported.warnings()).isEmpty();
	}

	@Test
	void warnsOfQuestionsNotImportedUnknownTypesAndBlankNames() {
		ImportedCatalogue imported = this.open311.read("""
				[{"service_code": "graffiti", "service_name": "Graffiti", "metadata": true, "type": "realtime"},
				 {"service_code": "noise", "service_name": "Noise", "metadata": false, "type": "urgent"},
				 {"service_code": "tree", "service_name": "  ", "metadata": false, "type": "realtime"},
				 {"service_code": "bins", "service_name": "Bins"}]
				""", Map.of("elsewhere", "{\"service_code\": \"elsewhere\", \"attributes\": []}"), "en");

		assertThat(imported.warnings()).containsExactly(
				"Service 'graffiti' has questions (metadata: true) but no definition was given, so its questions were "
						+ "not imported",
				"Service 'noise' has type 'urgent', which is not an Open311 type; it was imported as realtime",
				"Service 'tree' has no service_name; its code is its name until you give it one",
				"Service 'bins' has no type; it was imported as realtime",
				"A definition was given for 'elsewhere', which services.json does not list; it was ignored");
		assertThat(imported.services()).extracting(ServiceDefinition::type).containsOnly("realtime");
		assertThat(imported.services().get(2).name()).containsExactly(Map.entry("en", "tree"));
	}

	@Test
	void rejectsAnythingButAJsonArray() {
		assertThatExceptionOfType(CatalogueImportException.class)
			.isThrownBy(() -> this.open311.read("{\"services\": []}", Map.of(), "en"))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly("services.json must be a JSON array of services, not an object"));
		assertThatExceptionOfType(CatalogueImportException.class)
			.isThrownBy(() -> this.open311.read("[{\"service_code\": ", Map.of(), "en"))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.asString()
				.startsWith("services.json is not JSON"));
	}

	@Test
	void listsEveryProblemOfTheServicesAtOnce() {
		assertThatExceptionOfType(CatalogueImportException.class).isThrownBy(() -> this.open311.read("""
				[{"service_code": "a", "service_name": "A"},
				 {"service_name": "No code"},
				 {"service_code": "a", "service_name": "A again"},
				 "not a service"]
				""", Map.of(), "de")).satisfies((ex) -> {
			assertThat(ex.problems()).containsExactly("language must be one of en, fr, not 'de'",
					"Entry 2 of services.json has no service_code",
					"Entry 4 of services.json must be a JSON object, not the value \"not a service\"",
					"service_code 'a' is used by more than one service (entries 1, 3)");
			assertThat(ex.getMessage()).startsWith("4 problems; nothing was imported: ");
		});
	}

	@Test
	void rejectsDatatypesOutsideOpen311AndListsWithoutValues() {
		String definition = """
				{"service_code": "pothole", "attributes": [
				  {"variable": true, "code": "SIZE", "datatype": "dropdown", "required": true},
				  {"variable": true, "code": "KIND", "datatype": "multivaluelist", "required": true},
				  {"variable": true, "code": "DEPTH", "datatype": "singlevaluelist", "required": true, "values": []}]}
				""";

		assertThatExceptionOfType(CatalogueImportException.class)
			.isThrownBy(() -> this.open311.read("[{\"service_code\": \"pothole\", \"service_name\": \"Pothole\"}]",
					Map.of("pothole", definition), "en"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"Attribute 'SIZE' of 'pothole' has datatype 'dropdown'; it must be one of string, number, "
							+ "datetime, text, singlevaluelist, multivaluelist",
					"Attribute 'KIND' of 'pothole' is a multivaluelist without values to choose from",
					"Attribute 'DEPTH' of 'pothole' is a singlevaluelist without values to choose from"));
	}

	@Test
	void rejectsAnUploadObjectWithoutServices() {
		assertThatExceptionOfType(CatalogueImportException.class)
			.isThrownBy(() -> this.open311.readUpload("{\"definitions\": []}", "en"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"definitions must be a JSON object of service definitions by service_code, not an array",
					"The body must be the services.json array, or an object with that array as services"));
	}

	@Test
	void readsAnUploadAsTheBareArrayOrAsServicesWithDefinitions() {
		String services = "[{\"service_code\": \"pothole\", \"service_name\": \"Pothole\", \"metadata\": true,"
				+ " \"type\": \"realtime\"}]";
		String definitions = "{\"pothole\": [{\"service_code\": \"pothole\", \"attributes\": [{\"code\": \"SIZE\","
				+ " \"datatype\": \"number\", \"variable\": true, \"required\": false}]}]}";

		ImportedCatalogue bare = this.open311.readUpload(services, "en");
		ImportedCatalogue wrapped = this.open311
			.readUpload("{\"services\": " + services + ", \"definitions\": " + definitions + "}", "en");

		assertThat(bare.services().get(0).attributes()).isEmpty();
		assertThat(bare.warnings()).hasSize(1);
		assertThat(wrapped.services().get(0).attributes()).extracting(Attribute::code, Attribute::order)
			.containsExactly(tuple("SIZE", 1));
		assertThat(wrapped.warnings()).isEmpty();
	}

}
