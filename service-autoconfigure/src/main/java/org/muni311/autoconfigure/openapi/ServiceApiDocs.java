package org.muni311.autoconfigure.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Titles a service's OpenAPI document and marks its {@code /admin} operations as needing
 * HTTP Basic or, where the service accepts them, a Bearer JWT (either one: two
 * requirements). Open311 paths stay without a scheme: they take an API key as a form
 * field, which OpenAPI security schemes cannot describe.
 */
class ServiceApiDocs implements GlobalOpenApiCustomizer {

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerAuth";

	private final String service;

	private final String version;

	private final boolean bearer;

	ServiceApiDocs(String service, String version, boolean bearer) {
		this.service = service;
		this.version = version;
		this.bearer = bearer;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Info info = (openApi.getInfo() != null) ? openApi.getInfo() : new Info();
		openApi.info(info.title("Muni311 " + this.service + " API").version(this.version));
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		components.addSecuritySchemes(BASIC,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("basic")
					.description("A local staff user (muni311.security.users)"));
		if (this.bearer) {
			components.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("A token from the platform's OpenID Connect provider"));
		}
		openApi.components(components);
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> {
			if (path.startsWith("/admin/")) {
				item.readOperations().forEach((operation) -> {
					operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
					if (this.bearer) {
						operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
					}
				});
			}
		});
	}

}
