package org.muni311.autoconfigure.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a service's OpenAPI document is titled and where it asks for staff sign-in. */
class ServiceApiDocsTest {

	private static OpenAPI document() {
		return new OpenAPI().paths(new Paths()
			.addPathItem("/admin/v1/municipalities/{jurisdiction_id}/services",
					new PathItem().get(new Operation()).post(new Operation()))
			.addPathItem("/open311/v2/services.json", new PathItem().get(new Operation())));
	}

	@Test
	void titlesTheDocumentAfterTheServiceAndItsVersion() {
		OpenAPI openApi = document();

		new ServiceApiDocs("intake-service", "0.1.0-SNAPSHOT", false).customise(openApi);

		assertThat(openApi.getInfo().getTitle()).isEqualTo("Muni311 intake-service API");
		assertThat(openApi.getInfo().getVersion()).isEqualTo("0.1.0-SNAPSHOT");
	}

	@Test
	void asksForBasicOrBearerOnAdminOperationsOnly() {
		OpenAPI openApi = document();

		new ServiceApiDocs("intake-service", "1", true).customise(openApi);

		assertThat(openApi.getComponents().getSecuritySchemes()).containsOnlyKeys("basicAuth", "bearerAuth");
		PathItem admin = openApi.getPaths().get("/admin/v1/municipalities/{jurisdiction_id}/services");
		assertThat(admin.readOperations()).hasSize(2)
			.allSatisfy((operation) -> assertThat(operation.getSecurity()).containsExactly(
					new SecurityRequirement().addList("basicAuth"), new SecurityRequirement().addList("bearerAuth")));
		assertThat(openApi.getPaths().get("/open311/v2/services.json").getGet().getSecurity()).isNull();
	}

	@Test
	void offersNoBearerSchemeWhereTheServiceAcceptsNoTokens() {
		OpenAPI openApi = document();

		new ServiceApiDocs("routing-service", "1", false).customise(openApi);

		assertThat(openApi.getComponents().getSecuritySchemes()).containsOnlyKeys("basicAuth");
	}

}
