package org.muni311.municipality.template;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin endpoints for catalogue starting points, over MockMvc with only the web
 * layer.
 */
@WebMvcTest(CatalogueTemplateController.class)
@Import({ CatalogueTemplates.class, Open311ServicesImport.class })
class CatalogueTemplateControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void servesTheStandardTemplateInCamelCaseAsTheConfigurationExpects() {
		MvcTestResult result = this.mvc.get().uri("/admin/v1/catalogue-templates/standard").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.groups[0].name.fr").isEqualTo("Routes et trottoirs");
		assertThat(result).bodyJson().extractingPath("$.services[0].code").isEqualTo("pothole");
		assertThat(result).bodyJson().extractingPath("$.services[0].expectedResponseHours").isEqualTo(96);
		assertThat(result).bodyJson()
			.extractingPath("$.services[0].attributes[0].datatypeDescription.fr")
			.isEqualTo("Choisissez une réponse.");
	}

	@Test
	void importsTheBareServicesArray() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/v1/catalogue-imports/open311?language=fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					[{"service_code": "nid", "service_name": "Nid-de-poule", "metadata": true, "type": "realtime",
					  "keywords": "trou,chaussée", "group": "Voirie"}]
					""")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.services[0].name.fr").isEqualTo("Nid-de-poule");
		assertThat(result).bodyJson().extractingPath("$.services[0].group").isEqualTo("voirie");
		assertThat(result).bodyJson().extractingPath("$.groups[0].code").isEqualTo("voirie");
		assertThat(result).bodyJson().extractingPath("$.warnings").asArray().hasSize(1);
	}

	@Test
	void importsServicesWithTheirDefinitions() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/v1/catalogue-imports/open311?language=en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"services": [{"service_code": "pothole", "service_name": "Pothole", "metadata": true,
					               "type": "realtime"}],
					 "definitions": {"pothole": {"service_code": "pothole", "attributes": [
					   {"code": "SIZE", "datatype": "singlevaluelist", "variable": true, "required": true, "order": 1,
					    "description": "How big?", "values": [{"key": "S", "name": "Small"}]}]}}}
					""")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.services[0].attributes[0].values[0].name.en")
			.isEqualTo("Small");
		assertThat(result).bodyJson().extractingPath("$.warnings").asArray().isEmpty();
	}

	@Test
	void answersAProblemDetailListingEveryProblem() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/v1/catalogue-imports/open311")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content("[{\"service_name\": \"No code\"}, {\"service_code\": \"a\"}, {\"service_code\": \"a\"}]")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("3 problems");
		assertThat(result).bodyJson()
			.extractingPath("$.problems")
			.asArray()
			.containsExactly("language must be one of en, fr, not missing",
					"Entry 1 of services.json has no service_code",
					"service_code 'a' is used by more than one service (entries 2, 3)");
	}

	@Test
	void reportsABodyThatIsNotJsonAsAProblem() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/v1/catalogue-imports/open311?language=en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("service_code,service_name\npothole,Pothole")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.problems[0]").asString().startsWith("The body is not JSON");
	}

}
