package org.muni311.municipality.template;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalogue starting points for staff: the standard template, and the import of another
 * system's Open311 catalogue. Both only answer; what a clerk keeps is sent with the
 * municipality's configuration.
 */
@RestController
@RequestMapping("/admin/v1")
class CatalogueTemplateController {

	private final CatalogueTemplates templates;

	private final Open311ServicesImport open311;

	CatalogueTemplateController(CatalogueTemplates templates, Open311ServicesImport open311) {
		this.templates = templates;
		this.open311 = open311;
	}

	@GetMapping(path = "/catalogue-templates/standard", produces = MediaType.APPLICATION_JSON_VALUE)
	CatalogueTemplate standard() {
		return this.templates.standard();
	}

	private static final int MAX_BODY_CHARACTERS = 5 * 1024 * 1024;

	/**
	 * The body is read as text rather than bound, so that a body that is not JSON, or
	 * JSON of the wrong shape, is reported in the same list as every other problem.
	 */
	@PostMapping(path = "/catalogue-imports/open311", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ImportedCatalogue importOpen311(@RequestBody(required = false) String body,
			@RequestParam(required = false) String language) {
		if (body != null && body.length() > MAX_BODY_CHARACTERS) {
			throw new CatalogueImportException(List.of("The body is larger than 5 MB; an Open311 services.json of "
					+ "hundreds of services is far smaller"));
		}
		return this.open311.readUpload(body, language);
	}

	@ExceptionHandler
	ProblemDetail rejected(CatalogueImportException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.summary() + ". Each is listed under problems.");
		problem.setTitle("Open311 catalogue not imported");
		problem.setProperty("problems", ex.problems());
		return problem;
	}

}
