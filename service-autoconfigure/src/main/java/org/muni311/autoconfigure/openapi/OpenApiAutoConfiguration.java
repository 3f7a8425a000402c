package org.muni311.autoconfigure.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Names each service's OpenAPI document ("Muni311 intake-service API", the version from
 * the service's {@code build-info}) and declares the staff sign-in schemes on its
 * {@code /admin} paths.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
public class OpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ServiceApiDocs serviceApiDocs(Environment environment, ObjectProvider<BuildProperties> build,
			ObjectProvider<JwtDecoder> jwtDecoder) {
		String service = environment.getProperty("spring.application.name", "service");
		BuildProperties properties = build.getIfAvailable();
		String version = (properties != null && properties.getVersion() != null) ? properties.getVersion()
				: "unversioned";
		return new ServiceApiDocs(service, version, jwtDecoder.getIfAvailable() != null);
	}

}
